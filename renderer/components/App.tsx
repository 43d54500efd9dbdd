// The three-pane reader: feeds | entries | article. Composes the hooks that hold the reader's
// state (renderer/hooks/) with the pane components; keys and the desktop menu run the commands
// of shared/commands.ts.
import { useCallback, useMemo, useRef, useState } from 'react';
import { getClient, isDesktop } from '../api/client.ts';
import { useAddFeed } from '../hooks/useAddFeed.ts';
import { useArticle } from '../hooks/useArticle.ts';
import { useCollapsedFolders } from '../hooks/useCollapsedFolders.ts';
import { useCommands, useMenuCommands } from '../hooks/useCommands.ts';
import { useEntryActions } from '../hooks/useEntryActions.ts';
import { useEntryView } from '../hooks/useEntryView.ts';
import { useFullArticle } from '../hooks/useFullArticle.ts';
import { useOffline } from '../hooks/useOffline.ts';
import { useKeyboard } from '../hooks/useKeyboard.ts';
import { gridColumns, layoutClasses, useLayoutMode } from '../hooks/useLayoutMode.ts';
import { useManage } from '../hooks/useManage.ts';
import { useNotice } from '../hooks/useNotice.ts';
import { useOpmlDrop } from '../hooks/useOpmlDrop.ts';
import { usePreferences } from '../hooks/usePreferences.ts';
import { useReaderData } from '../hooks/useReaderData.ts';
import { useTitleCount } from '../hooks/useTitleCount.ts';
import { useSettingsPane } from '../hooks/useSettingsPane.ts';
import { useReadUndo } from '../hooks/useUndo.ts';
import { useViewFollowsTree } from '../hooks/useViewFollowsTree.ts';
import { firstRunOf } from '../state/firstRun.ts';
import { searchWords } from '../state/searchTerms.ts';
import type { View } from '../state/views.ts';
import { AddFeedForm } from './AddFeedForm.tsx';
import { ArticlePane } from './ArticlePane.tsx';
import { ArticleView } from './ArticleView.tsx';
import { EntriesPane } from './EntriesPane.tsx';
import { FeedsPane } from './FeedsPane.tsx';
import { FeedsToolbar } from './FeedsToolbar.tsx';
import { FeedTree } from './FeedTree.tsx';
import { BackToList, FeedsToggle } from './LayoutToggles.tsx';
import { feedsPaneNews } from '../state/feedsPaneNews.ts';
import { ManagementLayer } from './ManagementLayer.tsx';
import { SearchForm } from './SearchForm.tsx';
import { SettingsView, ShortcutSheet, usePreloadOnDemand } from './onDemand.tsx';
import { Splitter } from './Splitter.tsx';
import { UndoToast } from './UndoToast.tsx';
import { Welcome } from './Welcome.tsx';

export function App() {
  const client = useMemo(getClient, []);
  const { notice, setNotice, fail } = useNotice();
  const preferences = usePreferences(client, fail);
  const { prefs, paneWidths, setPaneWidths, commitWidths, setPreferences } = preferences;
  const data = useReaderData(client, fail);
  const article = useArticle(client);
  const list = useEntryView(client, data, article, fail);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const undo = useReadUndo(client, list, article);
  useTitleCount(data.counts.allUnread);
  const layout = useLayoutMode(article.opened?.id ?? null);
  const highlight = useMemo(() => searchWords(list.search), [list.search]);
  const notices = { setNotice, fail };
  const actions = useEntryActions(client, list, article, frameRef, notices, undo.record);
  const manage = useManage({ client, data, openLink: actions.openLink, setNotice, fail });
  const add = useAddFeed(client, data.loadFeeds, list.selectView);
  const { collapsed, toggleFolder } = useCollapsedFolders(prefs, setPreferences, fail);
  const [sheetOpen, setSheetOpen] = useState(false);
  const settings = useSettingsPane(layout, article.opened?.id ?? null);
  const { open: settingsOpen, toggle: toggleSettings } = settings;
  const searchRef = useRef<HTMLInputElement>(null);
  const addFeedRef = useRef<HTMLInputElement>(null);
  const full = useFullArticle(client, article.opened?.id ?? null, article.article, fail);
  const offline = useOffline(client);
  useViewFollowsTree(data, list.view, list.selectView);
  usePreloadOnDemand();

  const run = useCommands({
    data,
    list,
    actions,
    collapsed,
    searchRef,
    addFeedRef,
    setSheetOpen,
    manage,
    toggleSettings,
    undo: undo.undo,
    fail,
    toggleFullArticle: full.toggle,
  });
  const onKey = useKeyboard(run, sheetOpen);
  useMenuCommands(client, run);
  const { importFile, openDialog } = manage;
  const fileOver = useOpmlDrop(
    useCallback((file: File) => void importFile(file).catch(fail), [importFile, fail]),
    useCallback((name: string) => setNotice(`${name} is not an OPML file.`), [setNotice]),
  );

  const { openIndex, reload } = list;
  const { showArticle, setFeedsOpen } = layout;
  const openAt = useCallback(
    (index: number) => {
      showArticle();
      openIndex(index).catch(fail);
    },
    [openIndex, showArticle, fail],
  );
  const { selectView: showView } = list;
  const selectView = useCallback(
    (next: View) => {
      setFeedsOpen(false);
      showView(next);
    },
    [showView, setFeedsOpen],
  );
  const { toggleStar } = actions;
  const starOpened = useCallback(() => void toggleStar().catch(fail), [toggleStar, fail]);
  const firstRun = data.loaded ? firstRunOf(data.feeds, navigator.onLine) : null;
  const welcome = !settingsOpen && !article.opened && firstRun !== null;

  return (
    <div
      className={`reader ${layoutClasses(layout)}`}
      style={{ gridTemplateColumns: gridColumns(layout.mode, paneWidths) }}
    >
      <FeedsPane
        progress={data.progress}
        onRefresh={data.refresh}
        offline={offline}
        footer={<AddFeedForm inputRef={addFeedRef} add={add} folders={data.folders} />}
        toolbar={
          <FeedsToolbar
            onNewFolder={() => run('newFolder')}
            onImport={() => run('importOpml')}
            onExport={() => run('exportOpml')}
            onSettings={toggleSettings}
            settingsOpen={settingsOpen}
          />
        }
      >
        <FeedTree
          tree={data.tree}
          counts={data.counts}
          view={list.view}
          collapsed={collapsed}
          onSelect={selectView}
          onToggleFolder={toggleFolder}
          gestures={manage.gestures}
        />
      </FeedsPane>
      <Splitter
        label="Resize feed pane"
        value={paneWidths[0]}
        min={160}
        max={600}
        onChange={(width) => setPaneWidths(([, second]) => [width, second])}
        onCommit={(width) => commitWidths([width, paneWidths[1]])}
      />
      <EntriesPane
        list={list}
        feedsById={data.feedsById}
        folders={data.folders}
        onOpen={openAt}
        onShowArrivals={() => void reload().catch(fail)}
        headerStart={
          <FeedsToggle layout={layout} news={feedsPaneNews(data.progress, data.feeds)} />
        }
        firstRun={firstRun}
        onRetryFeed={(feed) => void client.refresh({ feedIds: [feed.id] }).catch(fail)}
        onUnsubscribeFeed={(feed) => openDialog({ kind: 'unsubscribe', feed })}
        searchForm={
          <SearchForm
            inputRef={searchRef}
            search={list.search}
            draft={list.searchDraft}
            onDraft={list.setSearchDraft}
            onSearch={list.applySearch}
          />
        }
      />
      <Splitter
        label="Resize entry pane"
        value={paneWidths[1]}
        min={240}
        max={900}
        onChange={(width) => setPaneWidths(([first]) => [first, width])}
        onCommit={(width) => commitWidths([paneWidths[0], width])}
      />
      <ArticlePane notice={notice} onDismiss={() => setNotice('')}>
        <BackToList layout={layout} onBack={settingsOpen ? settings.close : layout.showList} />
        {settingsOpen ? (
          <SettingsView
            prefs={prefs}
            change={(patch) => void setPreferences(patch).catch(fail)}
            desktop={isDesktop()}
            client={client}
            fail={fail}
            onClose={settings.close}
          />
        ) : null}
        {welcome && firstRun ? (
          <Welcome
            firstRun={firstRun}
            onAddFeed={() => addFeedRef.current?.focus()}
            onImport={() => run('importOpml')}
          />
        ) : null}
        {/* Kept while hidden: the article frame is created once. */}
        <div className="article-slot" hidden={settingsOpen || welcome}>
          <ArticleView
            entry={article.opened}
            article={full.shown}
            fullArticle={full}
            feedsById={data.feedsById}
            theme={preferences.theme}
            frameRef={frameRef}
            onOpenLink={actions.openLink}
            onKey={onKey}
            onToggleStar={starOpened}
            remoteImages={prefs.remoteImages}
            highlight={highlight}
          />
        </div>
      </ArticlePane>
      <UndoToast
        toast={undo.toast}
        onUndo={() => void undo.undo().catch(fail)}
        onDismiss={undo.dismiss}
      />
      <ManagementLayer client={client} data={data} manage={manage} fileOver={fileOver} />
      {sheetOpen ? <ShortcutSheet onClose={() => setSheetOpen(false)} /> : null}
    </div>
  );
}
