// The entry pane: a virtual listbox over the engine's entries. Only the rows on screen exist in
// the DOM, and only a bounded number of pages of rows is kept (see state/entryWindow.ts).
import { memo, useEffect, useRef } from 'react';
import type { EntryRow, FeedSummary } from '../../shared/model.ts';
import type { EntryWindow } from '../state/entryWindow.ts';
import { relativeDate, shortDateTime } from '../state/relativeDate.ts';
import { PostIcon } from './PostIcon.tsx';
import { Highlighted } from './Highlighted.tsx';
import { useFixedRows } from '../hooks/useFixedRows.ts';
import { rowsToDraw } from '../state/rowsInView.ts';

export const rowHeight = 64;

/** The date and time as the date's tooltip, made when the pointer first comes: the page's first
 * date formatter costs 10-40 ms (ICU's data), too much for the first rows. */
function addDateTitle(event: React.PointerEvent<HTMLTimeElement>): void {
  const time = event.currentTarget;
  if (!time.title) time.title = shortDateTime(time.dateTime);
}

/** Rows with a search snippet under the title. */
export const snippetRowHeight = 92;

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
  /** The search's words: rows show their snippet with the matches marked. */
  readonly highlight: readonly string[];
  /** Feeds named first on a row (the open folder's), before the author's blog and planets. */
  readonly preferredFeeds: ReadonlySet<number> | null;
  /** Keys on the focused list (arrows, Home/End, PageUp/PageDown). */
  readonly onKeyDown?: (event: React.KeyboardEvent) => void;
}

function feedNames(
  row: EntryRow,
  feedsById: ReadonlyMap<number, FeedSummary>,
  viewFeedId: number | null,
  preferredFeeds: ReadonlySet<number> | null,
) {
  const names = row.feeds.map((id) => feedsById.get(id)?.title ?? '');
  // The feed being viewed, else one of the open folder's, else the first (the author's blog).
  const preferred = viewFeedId ?? row.feeds.find((id) => preferredFeeds?.has(id)) ?? null;
  const primaryIndex = Math.max(0, preferred === null ? 0 : row.feeds.indexOf(preferred));
  const primary = names[primaryIndex] ?? '';
  const others = names.filter((name, index) => index !== primaryIndex && name);
  return { primary, others };
}

interface RowProps {
  readonly row: EntryRow;
  readonly index: number;
  readonly start: number;
  readonly total: number;
  readonly selected: boolean;
  readonly feedsById: ReadonlyMap<number, FeedSummary>;
  readonly viewFeedId: number | null;
  readonly preferredFeeds: ReadonlySet<number> | null;
  readonly highlight: readonly string[];
  readonly height: number;
  /** The minute relative dates are counted from (changes once a minute, not per render). */
  readonly nowMinute: number;
  readonly onOpen: (index: number) => void;
}

/** One listed entry; re-rendered only when its row, place or selection changes. */
const EntryRowView = memo(function EntryRowView({
  row,
  index,
  start,
  total,
  selected,
  feedsById,
  viewFeedId,
  preferredFeeds,
  highlight,
  height,
  nowMinute,
  onOpen,
}: RowProps) {
  const { primary, others } = feedNames(row, feedsById, viewFeedId, preferredFeeds);
  return (
    <div
      id={`entry-row-${index}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-entry-id={row.id}
      className={`entry-row ${row.read ? 'read' : 'unread'} ${selected ? 'selected' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: `${height}px` }}
      onClick={() => onOpen(index)}
    >
      <span className="unread-dot" aria-hidden="true" />
      <span className="entry-main">
        <span className="entry-title">
          <span className="entry-title-text">
            <Highlighted text={row.title || '(untitled)'} words={highlight} />
          </span>
          {row.read ? null : <span className="visually-hidden">, unread</span>}
          {row.starred ? (
            <span className="entry-star" aria-label=", starred">
              ★
            </span>
          ) : null}
        </span>
        <span className="entry-meta">
          <PostIcon post={row} feedsById={feedsById} />
          <span className="entry-feed">{primary}</span>
          {others.length > 0 ? (
            <span className="also-on"> · also on {others.join(', ')}</span>
          ) : null}
          {row.author && row.author !== primary ? (
            <span className="entry-author"> · {row.author}</span>
          ) : null}
        </span>
        {row.snippet ? (
          <span className="entry-snippet">
            <Highlighted text={row.snippet} words={highlight} />
          </span>
        ) : null}
      </span>
      <time className="entry-date" dateTime={row.published} onPointerEnter={addDateTitle}>
        {relativeDate(row.published, nowMinute)}
      </time>
    </div>
  );
});

export const EntryList = memo(function EntryList({
  entries,
  version,
  selectedIndex,
  feedsById,
  viewFeedId,
  onOpen,
  onNeedRange,
  highlight,
  preferredFeeds,
  onKeyDown,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const height = highlight.length > 0 ? snippetRowHeight : rowHeight;
  const { first, last, totalHeight, rowTop, scrollToRow } = useFixedRows(
    scrollRef,
    entries.total,
    height,
    6,
  );

  useEffect(() => {
    if (entries.total > 0) onNeedRange(first, last);
  }, [first, last, entries, entries.total, version, onNeedRange]);

  useEffect(() => {
    if (selectedIndex >= 0) scrollToRow(selectedIndex);
    // Only when the selection moves (or the row height changes): scrollToRow changes with every
    // scroll, and reading away from the selected row must not pull the list back to it.
  }, [selectedIndex, height]);

  const nowMinute = Math.floor(Date.now() / 60_000) * 60_000;
  const activeId = selectedIndex >= 0 ? `entry-row-${selectedIndex}` : undefined;
  return (
    <div
      ref={scrollRef}
      className="entry-scroll"
      role="listbox"
      aria-label="Entries"
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="entry-canvas" style={{ height: `${totalHeight}px` }}>
        {rowsToDraw(first, last).map((index) => {
          const row = entries.rowAt(index);
          const selected = index === selectedIndex;
          const start = rowTop(index);
          const style = { transform: `translateY(${start}px)`, height: `${height}px` };
          if (!row) {
            return (
              <div
                key={`loading-${index}`}
                id={`entry-row-${index}`}
                role="option"
                aria-selected={selected}
                aria-busy="true"
                aria-posinset={index + 1}
                aria-setsize={entries.total}
                className="entry-row loading"
                style={style}
              >
                <span className="placeholder" />
              </div>
            );
          }
          return (
            <EntryRowView
              key={row.id}
              row={row}
              index={index}
              start={start}
              total={entries.total}
              selected={selected}
              feedsById={feedsById}
              viewFeedId={viewFeedId}
              preferredFeeds={preferredFeeds}
              highlight={highlight}
              height={height}
              nowMinute={nowMinute}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
});
