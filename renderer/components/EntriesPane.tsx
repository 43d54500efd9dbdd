// The middle pane: the view's title and search, the feed's details, the arrivals bar, the list.
import { useMemo, type ReactNode } from 'react';
import { useListKeys } from '../hooks/useListKeys.ts';
import { searchWords } from '../state/searchTerms.ts';
import type { FeedSummary, Folder } from '../../shared/model.ts';
import type { EntryViewState } from '../hooks/useEntryView.ts';
import type { FirstRun } from '../state/firstRun.ts';
import { viewShowsFeed, type View } from '../state/views.ts';
import { EntryList } from './EntryList.tsx';
import { FeedDetails } from './FeedDetails.tsx';
import { ViewOptionsBar } from './ViewOptionsBar.tsx';

interface Props {
  readonly list: EntryViewState;
  readonly feedsById: ReadonlyMap<number, FeedSummary>;
  readonly folders: readonly Folder[];
  /** The search form. */
  readonly searchForm: ReactNode;
  readonly onOpen: (index: number) => void;
  readonly onShowArrivals: () => void;
  /** Set at the first run: an empty list then says why, never "All read.". */
  readonly firstRun: FirstRun | null;
  readonly onRetryFeed: (feed: FeedSummary) => void;
  readonly onUnsubscribeFeed: (feed: FeedSummary) => void;
  /** Before the view's title (the Feeds toggle of narrow windows). */
  readonly headerStart?: ReactNode;
}

function viewTitle(
  view: View,
  feedsById: ReadonlyMap<number, FeedSummary>,
  folders: readonly Folder[],
): string {
  switch (view.kind) {
    case 'unread':
      return 'All unread';
    case 'starred':
      return 'Starred';
    case 'feed':
      return feedsById.get(view.id)?.title ?? 'Feed';
    case 'folder':
      return folders.find((folder) => folder.id === view.id)?.name ?? 'Folder';
  }
}

/** "12 found in all entries", "3 found in Planets". */
function foundText(total: number, view: View, title: string): string {
  return `${total} found in ${view.kind === 'unread' ? 'all entries' : title}`;
}

function emptyText(search: string, view: View, firstRun: FirstRun | null): string {
  if (search) return `Nothing matches “${search}”.`;
  if (firstRun?.offline) return 'Orrery is offline and will retry: nothing fetched yet.';
  if (firstRun?.nothingFetched) return 'Nothing fetched yet.';
  return view.kind === 'unread' ? 'All read.' : 'No entries here.';
}

export function EntriesPane({
  list,
  feedsById,
  folders,
  searchForm,
  onOpen,
  onShowArrivals,
  firstRun,
  onRetryFeed,
  onUnsubscribeFeed,
  headerStart,
}: Props) {
  const { view, search, entries, arrivals, listReady } = list;
  const viewFeed = view.kind === 'feed' ? feedsById.get(view.id) : undefined;
  const title = viewTitle(view, feedsById, folders);
  const words = useMemo(() => searchWords(search), [search]);
  const folderFeeds = useMemo(() => {
    if (view.kind !== 'folder') return null;
    const feeds = [...feedsById.values()];
    return new Set(feeds.filter((f) => viewShowsFeed(view, f.id, feeds, folders)).map((f) => f.id));
  }, [view, feedsById, folders]);
  const onListKey = useListKeys(list.selectedIndex, entries.total, onOpen);
  return (
    <section className="pane entries-pane" aria-label="Entry list">
      <header className="pane-header">
        {headerStart}
        <h2 className="view-title">{title}</h2>
        {searchForm}
      </header>
      <ViewOptionsBar
        options={list.options}
        searching={search.trim() !== ''}
        onChange={list.setOptions}
      />
      {viewFeed ? (
        <FeedDetails
          feed={viewFeed}
          onRetry={() => onRetryFeed(viewFeed)}
          onUnsubscribe={() => onUnsubscribeFeed(viewFeed)}
        />
      ) : null}
      {arrivals > 0 ? (
        <button type="button" className="arrivals" onClick={onShowArrivals}>
          {arrivals} new {arrivals === 1 ? 'entry' : 'entries'}: show
        </button>
      ) : null}
      {listReady && entries.total === 0 ? (
        <p className="empty-list">{emptyText(search, view, firstRun)}</p>
      ) : null}
      <EntryList
        entries={entries}
        version={list.version}
        selectedIndex={list.selectedIndex}
        feedsById={feedsById}
        viewFeedId={view.kind === 'feed' ? view.id : null}
        onOpen={onOpen}
        onNeedRange={list.onNeedRange}
        highlight={words}
        preferredFeeds={folderFeeds}
        onKeyDown={onListKey}
      />
      <p className="list-status" aria-live="polite">
        {/* The shown rows' own search: the count belongs to them, not to the box's text. */}
        {entries.query.search ? foundText(entries.total, view, title) : `${entries.total} entries`}
      </p>
    </section>
  );
}
