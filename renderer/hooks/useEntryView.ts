// What the entry list shows: the view (smart view, folder or feed), its search, a window onto its
// entries loaded page by page, the selected row, and posts that arrived since it was opened.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import type { EntryRow } from '../../shared/model.ts';
import { takeArrivedFirstPage, takeFirstPage } from '../api/firstPage.ts';
import { EntryWindow, pageSize } from '../state/entryWindow.ts';
import {
  loadViewOptions,
  queryWithOptions,
  saveViewOptions,
  type ViewOptions,
} from '../state/viewOptions.ts';
import { allUnreadView, queryForView, viewShowsFeed, type View } from '../state/views.ts';
import type { ArticleState } from './useArticle.ts';
import type { ReaderData } from './useReaderData.ts';

export interface EntryViewState {
  readonly view: View;
  /** The search applied to the list, and the text in the search box. */
  readonly search: string;
  readonly searchDraft: string;
  readonly setSearchDraft: (text: string) => void;
  readonly entries: EntryWindow;
  /** Bumped whenever rows in `entries` change. */
  readonly version: number;
  readonly bump: () => void;
  readonly selectedIndex: number;
  readonly selectedRow: EntryRow | undefined;
  readonly listReady: boolean;
  /** Posts that arrived for this view since it was opened (the "n new entries: show" bar). */
  readonly arrivals: number;
  readonly selectView: (view: View) => void;
  /** Opens a fresh window onto a view with a search, keeping the view. */
  readonly applySearch: (search: string) => void;
  /** Reloads the current view and search (the arrivals bar, after mark all read). */
  readonly reload: () => Promise<void>;
  readonly openIndex: (index: number) => Promise<void>;
  readonly onNeedRange: (first: number, last: number) => void;
  /** The newest post stored when the list was drawn: Shift+A marks up to it, not later ones. */
  readonly upToEntryId: number;
  /** Unread only or all, and the order, for this view (remembered per view). */
  readonly options: ViewOptions;
  readonly setOptions: (options: ViewOptions) => void;
}

export function useEntryView(
  client: OrreryClient,
  data: Pick<ReaderData, 'feeds' | 'folders' | 'startLoading'>,
  article: ArticleState,
  fail: (error: unknown) => void,
): EntryViewState {
  // The first page, when it came before this first render (api/firstPage.ts): drawn in it.
  const [arrived] = useState(() =>
    takeArrivedFirstPage(queryWithOptions(allUnreadView, '', loadViewOptions(allUnreadView))),
  );
  const [view, setView] = useState<View>(allUnreadView);
  const [search, setSearch] = useState('');
  const [searchDraft, setSearchDraft] = useState('');
  const [entries, setEntries] = useState(
    () => arrived?.entries ?? new EntryWindow(queryForView(allUnreadView, '')),
  );
  const [version, setVersion] = useState(0);
  const [selectedIndex, setSelectedIndex] = useState(-1);
  const [listReady, setListReady] = useState(arrived !== null);
  const [arrivals, setArrivals] = useState(0);
  const [upToEntryId, setUpToEntryId] = useState(arrived?.upToEntryId ?? 0);
  const [options, setOptionsState] = useState(() => loadViewOptions(allUnreadView));
  /** Counts view loads, so that only the latest one's rows are shown. */
  const viewRequest = useRef(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const { close, prefetchAround, show } = article;

  /** Opens a fresh window onto the entries of a view and loads its first page. */
  const openView = useCallback(
    async (nextView: View, nextSearch: string, keepEntryId?: number) => {
      const nextOptions = loadViewOptions(nextView);
      const query = queryWithOptions(nextView, nextSearch, nextOptions);
      const request = ++viewRequest.current;
      const first = await (takeFirstPage(query) ??
        client.listEntries({ ...query, offset: 0, limit: pageSize }));
      // A later view (a quick n, n) won the race: its rows, not these, belong on screen.
      if (request !== viewRequest.current) return;
      const fresh = new EntryWindow(query, first.total, first.capped === true);
      fresh.setPage(0, first.entries);
      // Another process changed marks: the open entry stays open where it is still listed.
      const kept = keepEntryId === undefined ? -1 : fresh.indexOf(keepEntryId);
      if (kept < 0) close(true);
      prefetchAround(fresh, kept);
      setEntries(fresh);
      setSelectedIndex(kept);
      setArrivals(0);
      setUpToEntryId(first.upToEntryId);
      setOptionsState(nextOptions);
      setListReady(true);
      bump();
    },
    [client, bump, close, prefetchAround],
  );

  const { startLoading } = data;
  useEffect(() => {
    const firstRows = arrived
      ? Promise.resolve(prefetchAround(arrived.entries, -1))
      : openView(allUnreadView, '');
    firstRows
      .catch(fail)
      // Feeds, folders and counts only after the first rows are drawn: with 5,000 feeds the
      // engine answered them first and drawing the tree took seconds before any row showed.
      .finally(() => requestAnimationFrame(() => setTimeout(startLoading, 0)));
  }, [arrived, openView, prefetchAround, fail, startLoading]);

  const loadPage = useCallback(
    async (target: EntryWindow, pageIndex: number) => {
      // A page already on its way is awaited, not skipped (j across a page boundary).
      await target.loadPage(pageIndex, (query) => client.listEntries(query));
      bump();
    },
    [client, bump],
  );

  const onNeedRange = useCallback(
    (first: number, last: number) => {
      for (const page of entries.missingPages(first, last)) loadPage(entries, page).catch(fail);
      entries.touch(Math.floor(first / pageSize));
    },
    [entries, loadPage, fail],
  );

  const current = useRef({ view, search, entries, selectedIndex, listReady, data });
  current.current = { view, search, entries, selectedIndex, listReady, data };

  useEffect(
    () =>
      client.on('entriesAdded', ({ feedId, entries: added }) => {
        const now = current.current;
        if (!viewShowsFeed(now.view, feedId, now.data.feeds, now.data.folders)) return;
        if (added.length === 0) return;
        // Nothing open yet: just show the new list (with the search still applied). Otherwise
        // keep the reader's place.
        if (now.selectedIndex < 0 && now.listReady) {
          openView(now.view, now.search).catch(fail);
          return;
        }
        // Only posts sure to sort ahead of the loaded rows move offsets; the bar counts them all.
        now.entries.noteArrivals(added);
        setArrivals((n) => n + added.length);
      }),
    [client, openView, fail],
  );

  // Another process (the CLI) changed posts or their marks: reload, keeping the reader's place.
  useEffect(
    () =>
      client.on('entriesChanged', () => {
        const now = current.current;
        const openId = now.entries.rowAt(now.selectedIndex)?.id;
        openView(now.view, now.search, openId).catch(fail);
      }),
    [client, openView, fail],
  );

  const selectView = useCallback(
    (next: View) => {
      setView(next);
      setSearch('');
      setSearchDraft('');
      // The old view's rows go at once, so a key pressed before the new rows arrive cannot act
      // on an entry of the view being left (and then be undone when the new rows land).
      setEntries(new EntryWindow(queryWithOptions(next, '', loadViewOptions(next))));
      setSelectedIndex(-1);
      close(false);
      openView(next, '').catch(fail);
    },
    [openView, close, fail],
  );

  const applySearch = useCallback(
    (text: string) => {
      setSearch(text);
      setSearchDraft(text);
      openView(view, text).catch(fail);
    },
    [openView, view, fail],
  );

  const reload = useCallback(() => openView(view, search), [openView, view, search]);

  const setOptions = useCallback(
    (next: ViewOptions) => {
      saveViewOptions(view, next);
      openView(view, search).catch(fail);
    },
    [openView, view, search, fail],
  );

  const openIndex = useCallback(
    async (index: number) => {
      if (index < 0 || index >= entries.total) return;
      const pageIndex = Math.floor(index / pageSize);
      if (!entries.hasPage(pageIndex)) await loadPage(entries, pageIndex);
      const row = entries.rowAt(index);
      if (!row) return;
      // Header, prefetched content, selection and read mark go in one render, so the article is
      // painted in the frame after the key; content that was not prefetched follows.
      setSelectedIndex(index);
      const shown = show(row);
      if (!row.read) {
        entries.updateRow(row.id, { read: true });
        bump();
      }
      prefetchAround(entries, index);
      // The engine answers with countsChanged, which updates the tree.
      if (!row.read) client.setRead({ entryIds: [row.id], read: true }).catch(fail);
      await shown;
    },
    [client, entries, loadPage, bump, show, prefetchAround, fail],
  );

  const selectedRow = selectedIndex >= 0 ? entries.rowAt(selectedIndex) : undefined;

  return {
    view,
    search,
    searchDraft,
    setSearchDraft,
    entries,
    version,
    bump,
    selectedIndex,
    selectedRow,
    listReady,
    arrivals,
    selectView,
    applySearch,
    reload,
    openIndex,
    onNeedRange,
    upToEntryId,
    options,
    setOptions,
  };
}
