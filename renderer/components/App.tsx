// The three-pane reader: feeds | entries | article. Holds the reader's state, talks to the engine
// through the client, and maps keys to commands.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EntryRow, FeedSummary, Folder, UnreadCounts } from '../../shared/model.ts';
import { defaultPreferences, externalUrlSchema, type Preferences } from '../../shared/api.ts';
import { getClient } from '../api/client.ts';
import { EntryWindow, pageSize } from '../state/entryWindow.ts';
import { commandFor, type Command } from '../state/shortcuts.ts';
import {
  allUnreadView,
  buildFeedTree,
  queryForView,
  stepView,
  viewShowsFeed,
  viewsInTreeOrder,
  type View,
} from '../state/views.ts';
import { ArticleCache, type PreparedArticle } from '../article/articleCache.ts';
import type { ResolvedTheme } from '../article/articleDocument.ts';
import { prepareArticle } from '../article/sanitize.ts';
import { ArticleView } from './ArticleView.tsx';
import { EntryList } from './EntryList.tsx';
import { FeedDetails } from './FeedDetails.tsx';
import { FeedTree } from './FeedTree.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { Splitter } from './Splitter.tsx';

const emptyCounts: UnreadCounts = { feeds: {}, allUnread: 0, starred: 0 };
const darkQuery = '(prefers-color-scheme: dark)';
/** Entries after the open one whose content is fetched and cleaned ahead (and one before). */
const prefetchAhead = 3;

function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(darkQuery).matches);
  useEffect(() => {
    const media = window.matchMedia(darkQuery);
    const onChange = (): void => setDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** The event's target as an element, from this document or the article frame's (another realm,
 * where `instanceof Element` is always false). */
function elementOf(target: EventTarget | null): Element | null {
  return target && typeof (target as Element).closest === 'function' ? (target as Element) : null;
}

function isTyping(target: EventTarget | null): boolean {
  return elementOf(target)?.closest('input, textarea, select, [contenteditable="true"]') != null;
}

export function App() {
  const client = useMemo(getClient, []);
  const [feeds, setFeeds] = useState<FeedSummary[]>([]);
  const [folders, setFolders] = useState<Folder[]>([]);
  const [counts, setCounts] = useState<UnreadCounts>(emptyCounts);
  const [prefs, setPrefs] = useState<Preferences>(defaultPreferences);
  const [paneWidths, setPaneWidths] = useState<[number, number]>(defaultPreferences.paneWidths);
  const [view, setView] = useState<View>(allUnreadView);
  const [search, setSearch] = useState('');
  const [searchDraft, setSearchDraft] = useState('');
  const [entries, setEntries] = useState(() => new EntryWindow(queryForView(allUnreadView, '')));
  const [version, setVersion] = useState(0);
  const [selectedIndex, setSelectedIndex] = useState(-1);
  /** The open entry as listed (header) and its cleaned content once ready. */
  const [opened, setOpened] = useState<EntryRow | null>(null);
  const [article, setArticle] = useState<PreparedArticle | null>(null);
  const articles = useMemo(
    () => new ArticleCache((entryId) => client.getEntry({ entryId }), prepareArticle),
    [client],
  );
  const openedId = useRef(0);
  const [progress, setProgress] = useState({ running: false, done: 0, total: 0 });
  const [arrivals, setArrivals] = useState(0);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [sheetOpen, setSheetOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const [addUrl, setAddUrl] = useState('');
  const addFeedRef = useRef<HTMLInputElement>(null);
  const [listReady, setListReady] = useState(false);
  /** Counts view loads, so that only the latest one's rows are shown. */
  const viewRequest = useRef(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const systemDark = useSystemDark();
  const theme: ResolvedTheme =
    prefs.theme === 'system' ? (systemDark ? 'dark' : 'light') : prefs.theme;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const tree = useMemo(() => buildFeedTree(feeds, folders), [feeds, folders]);
  const feedsById = useMemo(() => new Map(feeds.map((feed) => [feed.id, feed])), [feeds]);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const fail = useCallback((error: unknown) => {
    setNotice(error instanceof Error ? error.message : String(error));
  }, []);

  const loadFeeds = useCallback(async () => {
    const [nextFeeds, nextFolders, nextCounts] = await Promise.all([
      client.listFeeds({}),
      client.listFolders({}),
      client.unreadCounts({}),
    ]);
    setFeeds(nextFeeds);
    setFolders(nextFolders);
    setCounts(nextCounts);
  }, [client]);

  /** Fetches and cleans the content of the entries around `index`, so opening them is instant. */
  const prefetchAround = useCallback(
    (target: EntryWindow, index: number) => {
      const ids: number[] = [];
      for (let at = index - 1; at <= index + prefetchAhead; at++) {
        const row = at === index ? undefined : target.rowAt(at);
        if (row) ids.push(row.id);
      }
      articles.prefetch(ids);
    },
    [articles],
  );

  /** Opens a fresh window onto the entries of a view and loads its first page. */
  const openView = useCallback(
    async (nextView: View, nextSearch: string) => {
      const query = queryForView(nextView, nextSearch);
      const request = ++viewRequest.current;
      const first = await client.listEntries({ ...query, offset: 0, limit: pageSize });
      // A later view (a quick n, n) won the race: its rows, not these, belong on screen.
      if (request !== viewRequest.current) return;
      const fresh = new EntryWindow(query, first.total);
      fresh.setPage(0, first.entries);
      // Content may have changed since it was cached (updated posts): start afresh per view.
      articles.clear();
      prefetchAround(fresh, -1);
      setEntries(fresh);
      setSelectedIndex(-1);
      setArticle(null);
      setOpened(null);
      setArrivals(0);
      setListReady(true);
      bump();
    },
    [client, bump, articles, prefetchAround],
  );

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

  // First load, preferences and live updates.
  useEffect(() => {
    client
      .getPreferences({})
      .then((loaded) => {
        setPrefs(loaded);
        setPaneWidths(loaded.paneWidths);
      })
      .catch(fail);
    loadFeeds().catch(fail);
    openView(allUnreadView, '').catch(fail);
  }, [client, loadFeeds, openView, fail]);

  const viewRef = useRef({ view, search, entries, selectedIndex, feeds, folders, listReady });
  viewRef.current = { view, search, entries, selectedIndex, feeds, folders, listReady };

  useEffect(() => {
    const offs = [
      client.on('countsChanged', setCounts),
      client.on('refreshProgress', setProgress),
      client.on('feedChanged', ({ feed }) =>
        setFeeds((list) => {
          const at = list.findIndex((item) => item.id === feed.id);
          return at < 0 ? [...list, feed] : list.map((item) => (item.id === feed.id ? feed : item));
        }),
      ),
      client.on('feedsChanged', () => void loadFeeds().catch(fail)),
      client.on('entriesAdded', ({ feedId, entries: added }) => {
        const current = viewRef.current;
        if (!viewShowsFeed(current.view, feedId, current.feeds, current.folders)) return;
        if (added.length === 0) return;
        // Nothing open yet: just show the new list (with the search still applied). Otherwise
        // keep the reader's place.
        if (current.selectedIndex < 0 && current.listReady) {
          openView(current.view, current.search).catch(fail);
          return;
        }
        // Only posts sure to sort ahead of the loaded rows move offsets; the bar counts them all.
        current.entries.noteArrivals(added);
        setArrivals((n) => n + added.length);
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [client, loadFeeds, openView, fail]);

  const selectView = useCallback(
    (next: View) => {
      setView(next);
      setSearch('');
      setSearchDraft('');
      // The old view's rows go at once, so a key pressed before the new rows arrive cannot act
      // on an entry of the view being left (and then be undone when the new rows land).
      setEntries(new EntryWindow(queryForView(next, '')));
      setSelectedIndex(-1);
      setOpened(null);
      setArticle(null);
      openView(next, '').catch(fail);
    },
    [openView, fail],
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
      openedId.current = row.id;
      const ready = articles.peek(row.id);
      setSelectedIndex(index);
      setOpened({ ...row, read: true });
      setArticle(ready ?? null);
      if (!row.read) {
        entries.updateRow(row.id, { read: true });
        bump();
      }
      prefetchAround(entries, index);
      // The engine answers with countsChanged, which updates the tree.
      if (!row.read) client.setRead({ entryIds: [row.id], read: true }).catch(fail);
      if (ready === undefined) {
        const loaded = await articles.get(row.id);
        if (openedId.current === row.id) setArticle(loaded);
      }
    },
    [client, entries, loadPage, bump, articles, prefetchAround, fail],
  );

  const selectedRow = selectedIndex >= 0 ? entries.rowAt(selectedIndex) : undefined;

  const toggleRead = useCallback(async () => {
    if (!selectedRow) return;
    const read = !selectedRow.read;
    entries.updateRow(selectedRow.id, { read });
    setOpened((row) => (row && row.id === selectedRow.id ? { ...row, read } : row));
    bump();
    await client.setRead({ entryIds: [selectedRow.id], read });
  }, [client, entries, selectedRow, bump]);

  const toggleStar = useCallback(async () => {
    if (!selectedRow) return;
    const starred = !selectedRow.starred;
    entries.updateRow(selectedRow.id, { starred });
    setOpened((row) => (row && row.id === selectedRow.id ? { ...row, starred } : row));
    bump();
    await client.setStarred({ entryIds: [selectedRow.id], starred });
  }, [client, entries, selectedRow, bump]);

  const starOpened = useCallback(() => void toggleStar().catch(fail), [toggleStar, fail]);
  const openAt = useCallback(
    (index: number) => void openIndex(index).catch(fail),
    [openIndex, fail],
  );
  const toggleFolder = useCallback(
    (id: number) =>
      setCollapsed((set) => {
        const next = new Set(set);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  const openLink = useCallback(
    (url: string) => {
      const checked = externalUrlSchema.safeParse(url);
      if (!checked.success) {
        setNotice(
          `Not opened: ${url.slice(0, 80)} (only http, https and mailto links leave the reader)`,
        );
        return;
      }
      client.openExternal({ url: checked.data }).catch(fail);
    },
    [client, fail],
  );

  const refresh = useCallback(() => {
    setProgress((p) => ({ ...p, running: true }));
    client
      .refresh({})
      .then(() => loadFeeds())
      .catch(fail)
      .finally(() => setProgress((p) => ({ ...p, running: false })));
  }, [client, loadFeeds, fail]);

  const markAllRead = useCallback(async () => {
    if (view.kind === 'starred') {
      const page = await client.listEntries({ starred: true, unread: true, limit: 10_000 });
      await client.setRead({ entryIds: page.entries.map((row) => row.id), read: true });
    } else {
      await client.markAllRead(
        view.kind === 'feed'
          ? { feedId: view.id }
          : view.kind === 'folder'
            ? { folderId: view.id }
            : {},
      );
    }
    await openView(view, search);
  }, [client, view, search, openView]);

  const pageArticle = useCallback(() => {
    const win = frameRef.current?.contentWindow;
    if (win && opened) {
      const doc = win.document.scrollingElement ?? win.document.documentElement;
      if (doc.scrollTop + win.innerHeight < doc.scrollHeight - 4) {
        win.scrollBy({ top: Math.max(40, win.innerHeight * 0.9), behavior: 'instant' });
        return;
      }
    }
    openIndex(selectedIndex + 1).catch(fail);
  }, [opened, selectedIndex, openIndex, fail]);

  const run = useCallback(
    (command: Command) => {
      const views = viewsInTreeOrder(tree, collapsed);
      switch (command) {
        case 'nextEntry':
          return void openIndex(Math.min(entries.total - 1, selectedIndex + 1)).catch(fail);
        case 'previousEntry':
          return void openIndex(Math.max(0, selectedIndex - 1)).catch(fail);
        case 'nextFeed':
          return selectView(stepView(views, view, 1));
        case 'previousFeed':
          return selectView(stepView(views, view, -1));
        case 'pageArticle':
          return pageArticle();
        case 'toggleRead':
          return void toggleRead().catch(fail);
        case 'toggleStar':
          return void toggleStar().catch(fail);
        case 'openOriginal':
          if (selectedRow?.url) openLink(selectedRow.url);
          return;
        case 'refresh':
          return refresh();
        case 'markAllRead':
          return void markAllRead().catch(fail);
        case 'search':
          searchRef.current?.focus();
          searchRef.current?.select();
          return;
        case 'addFeed':
          addFeedRef.current?.focus();
          return;
        case 'showShortcuts':
          return setSheetOpen(true);
        case 'close':
          return setSheetOpen(false);
      }
    },
    [
      tree,
      collapsed,
      entries,
      selectedIndex,
      view,
      selectedRow,
      openIndex,
      selectView,
      pageArticle,
      toggleRead,
      toggleStar,
      openLink,
      refresh,
      markAllRead,
      fail,
    ],
  );

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTyping(event.target)) return;
      const onControl = elementOf(event.target)?.closest('button, a[href], [role="separator"]');
      if (onControl && (event.key === 'Enter' || event.key === ' ')) return;
      if (sheetOpen && event.key !== 'Escape' && event.key !== '?') return;
      const command = commandFor(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    },
    [run, sheetOpen],
  );

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  const viewFeed = view.kind === 'feed' ? feedsById.get(view.id) : undefined;
  const viewTitle =
    view.kind === 'unread'
      ? 'All unread'
      : view.kind === 'starred'
        ? 'Starred'
        : view.kind === 'feed'
          ? (viewFeed?.title ?? 'Feed')
          : (folders.find((folder) => folder.id === view.id)?.name ?? 'Folder');

  const commitWidths = useCallback(
    (widths: [number, number]) => {
      client
        .setPreferences({ paneWidths: widths })
        .then(setPrefs)
        .catch(() => undefined);
    },
    [client],
  );

  return (
    <div
      className="reader"
      style={{
        gridTemplateColumns: `${paneWidths[0]}px 5px ${paneWidths[1]}px 5px minmax(320px, 1fr)`,
      }}
    >
      <nav className="pane feeds-pane" aria-label="Subscriptions">
        <header className="pane-header">
          <span className="brand">Orrery</span>
          <button
            type="button"
            className="button small"
            onClick={refresh}
            disabled={progress.running}
            title="Refresh all feeds (r)"
          >
            {progress.running ? 'Refreshing…' : 'Refresh'}
          </button>
        </header>
        <div className="feeds-scroll">
          <FeedTree
            tree={tree}
            counts={counts}
            view={view}
            collapsed={collapsed}
            onSelect={selectView}
            onToggleFolder={toggleFolder}
          />
        </div>
        <footer className="pane-footer">
          <div role="status" className="progress-line" aria-live="polite">
            {progress.running ? (
              <>
                <span>
                  Refreshing {progress.done} of {progress.total || '…'} feeds
                </span>
                <progress max={Math.max(1, progress.total)} value={progress.done} />
              </>
            ) : null}
          </div>
          <form
            className="add-feed"
            onSubmit={(event) => {
              event.preventDefault();
              const url = addUrl.trim();
              if (!url) return;
              client
                .addFeed({ url })
                .then(() => {
                  setAddUrl('');
                  return loadFeeds();
                })
                .catch(fail);
            }}
          >
            <input
              ref={addFeedRef}
              type="url"
              aria-label="Add a feed by address"
              placeholder="Add a feed or site address"
              value={addUrl}
              onChange={(event) => setAddUrl(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') event.currentTarget.blur();
              }}
            />
          </form>
        </footer>
      </nav>
      <Splitter
        label="Resize feed pane"
        value={paneWidths[0]}
        min={160}
        max={600}
        onChange={(width) => setPaneWidths(([, second]) => [width, second])}
        onCommit={(width) => commitWidths([width, paneWidths[1]])}
      />
      <section className="pane entries-pane" aria-label="Entry list">
        <header className="pane-header">
          <h2 className="view-title">{viewTitle}</h2>
          <form
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              setSearch(searchDraft);
              openView(view, searchDraft).catch(fail);
            }}
          >
            <input
              ref={searchRef}
              type="search"
              aria-label="Search entries"
              placeholder="Search  /"
              value={searchDraft}
              onChange={(event) => setSearchDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.currentTarget.blur();
                  if (search) {
                    setSearch('');
                    setSearchDraft('');
                    openView(view, '').catch(fail);
                  }
                }
              }}
            />
          </form>
        </header>
        {viewFeed ? <FeedDetails feed={viewFeed} /> : null}
        {arrivals > 0 ? (
          <button
            type="button"
            className="arrivals"
            onClick={() => openView(view, search).catch(fail)}
          >
            {arrivals} new {arrivals === 1 ? 'entry' : 'entries'}: show
          </button>
        ) : null}
        {listReady && entries.total === 0 ? (
          <p className="empty-list">
            {search
              ? `Nothing matches “${search}”.`
              : view.kind === 'unread'
                ? 'All read.'
                : 'No entries here.'}
          </p>
        ) : null}
        <EntryList
          entries={entries}
          version={version}
          selectedIndex={selectedIndex}
          feedsById={feedsById}
          viewFeedId={view.kind === 'feed' ? view.id : null}
          onOpen={openAt}
          onNeedRange={onNeedRange}
        />
        <p className="list-status" aria-live="polite">
          {search ? `${entries.total} found for “${search}”` : `${entries.total} entries`}
        </p>
      </section>
      <Splitter
        label="Resize entry pane"
        value={paneWidths[1]}
        min={240}
        max={900}
        onChange={(width) => setPaneWidths(([first]) => [first, width])}
        onCommit={(width) => commitWidths([paneWidths[0], width])}
      />
      <main className="pane article-pane">
        {notice ? (
          <p className="notice" role="status">
            {notice}
            <button
              type="button"
              className="link-button"
              onClick={() => setNotice('')}
              aria-label="Dismiss"
            >
              ×
            </button>
          </p>
        ) : null}
        <ArticleView
          entry={opened}
          article={article}
          feedsById={feedsById}
          theme={theme}
          frameRef={frameRef}
          onOpenLink={openLink}
          onKey={onKey}
          onToggleStar={starOpened}
        />
      </main>
      {sheetOpen ? <ShortcutSheet onClose={() => setSheetOpen(false)} /> : null}
    </div>
  );
}
