// The entry pane: a virtual listbox over the engine's entries. Only the rows on screen exist in
// the DOM, and only a bounded number of pages of rows is kept (see state/entryWindow.ts).
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EntryRow, FeedSummary } from '../../shared/model.ts';
import type { EntryWindow } from '../state/entryWindow.ts';
import { relativeDate } from '../state/relativeDate.ts';

export const rowHeight = 64;

interface Props {
  readonly entries: EntryWindow;
  /** Bumped whenever rows in `entries` change, so the list re-renders. */
  readonly version: number;
  readonly selectedIndex: number;
  readonly feedsById: ReadonlyMap<number, FeedSummary>;
  /** The feed being viewed, which "also on" leaves out. */
  readonly viewFeedId: number | null;
  readonly onOpen: (index: number) => void;
  readonly onNeedRange: (first: number, last: number) => void;
}

function feedNames(
  row: EntryRow,
  feedsById: ReadonlyMap<number, FeedSummary>,
  viewFeedId: number | null,
) {
  const names = row.feeds.map((id) => feedsById.get(id)?.title ?? '');
  const primaryIndex = Math.max(0, viewFeedId === null ? 0 : row.feeds.indexOf(viewFeedId));
  const primary = names[primaryIndex] ?? '';
  const others = names.filter((name, index) => index !== primaryIndex && name);
  return { primary, others };
}

export function EntryList({
  entries,
  version,
  selectedIndex,
  feedsById,
  viewFeedId,
  onOpen,
  onNeedRange,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (entries.total > 0) onNeedRange(first, last);
  }, [first, last, entries, entries.total, version, onNeedRange]);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const now = Date.now();
  const activeId = selectedIndex >= 0 ? `entry-row-${selectedIndex}` : undefined;
  return (
    <div
      ref={scrollRef}
      className="entry-scroll"
      role="listbox"
      aria-label="Entries"
      aria-activedescendant={activeId}
      tabIndex={0}
    >
      <div className="entry-canvas" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {items.map((item) => {
          const row = entries.rowAt(item.index);
          const selected = item.index === selectedIndex;
          const style = { transform: `translateY(${item.start}px)`, height: `${rowHeight}px` };
          if (!row) {
            return (
              <div
                key={`loading-${item.index}`}
                id={`entry-row-${item.index}`}
                role="option"
                aria-selected={selected}
                aria-busy="true"
                aria-posinset={item.index + 1}
                aria-setsize={entries.total}
                className="entry-row loading"
                style={style}
              >
                <span className="placeholder" />
              </div>
            );
          }
          const { primary, others } = feedNames(row, feedsById, viewFeedId);
          return (
            <div
              key={row.id}
              id={`entry-row-${item.index}`}
              role="option"
              aria-selected={selected}
              aria-posinset={item.index + 1}
              aria-setsize={entries.total}
              data-entry-id={row.id}
              className={`entry-row ${row.read ? 'read' : 'unread'} ${selected ? 'selected' : ''}`}
              style={style}
              onClick={() => onOpen(item.index)}
            >
              <span className="unread-dot" aria-hidden="true" />
              <span className="entry-main">
                <span className="entry-title">
                  <span className="entry-title-text">{row.title || '(untitled)'}</span>
                  {row.read ? null : <span className="visually-hidden">, unread</span>}
                  {row.starred ? (
                    <span className="entry-star" aria-label=", starred">
                      ★
                    </span>
                  ) : null}
                </span>
                <span className="entry-meta">
                  <span className="entry-feed">{primary}</span>
                  {others.length > 0 ? (
                    <span className="also-on"> · also on {others.join(', ')}</span>
                  ) : null}
                  {row.author && row.author !== primary ? (
                    <span className="entry-author"> · {row.author}</span>
                  ) : null}
                </span>
              </span>
              <time
                className="entry-date"
                dateTime={row.published}
                title={new Date(row.published).toLocaleString()}
              >
                {relativeDate(row.published, now)}
              </time>
            </div>
          );
        })}
      </div>
    </div>
  );
}
