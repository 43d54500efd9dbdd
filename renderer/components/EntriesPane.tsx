// The middle pane: the view's title and search, the feed's details, the arrivals bar, the list.
import type { ReactNode } from 'react';
import type { FeedSummary, Folder } from '../../shared/model.ts';
import type { EntryViewState } from '../hooks/useEntryView.ts';
import type { FirstRun } from '../state/firstRun.ts';
import type { View } from '../state/views.ts';
import { EntryList } from './EntryList.tsx';
import { FeedDetails } from './FeedDetails.tsx';

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
}: Props) {
  const { view, search, entries, arrivals, listReady } = list;
  const viewFeed = view.kind === 'feed' ? feedsById.get(view.id) : undefined;
  return (
    <section className="pane entries-pane" aria-label="Entry list">
      <header className="pane-header">
        <h2 className="view-title">{viewTitle(view, feedsById, folders)}</h2>
        {searchForm}
      </header>
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
      />
      <p className="list-status" aria-live="polite">
        {search ? `${entries.total} found for “${search}”` : `${entries.total} entries`}
      </p>
    </section>
  );
}
