// The three-pane reader: feeds | entries | article. Composes the hooks that hold the reader's
// state (renderer/hooks/) with the pane components; keys and the desktop menu run the commands
// of shared/commands.ts.
import { useCallback, useMemo, useRef, useState } from 'react';
import { getClient } from '../api/client.ts';
import { useArticle } from '../hooks/useArticle.ts';
import { useCollapsedFolders } from '../hooks/useCollapsedFolders.ts';
import { useCommands, useMenuCommands } from '../hooks/useCommands.ts';
import { useEntryActions } from '../hooks/useEntryActions.ts';
import { useEntryView } from '../hooks/useEntryView.ts';
import { useKeyboard } from '../hooks/useKeyboard.ts';
import { useNotice } from '../hooks/useNotice.ts';
import { usePreferences } from '../hooks/usePreferences.ts';
import { useReaderData } from '../hooks/useReaderData.ts';
import { AddFeedForm } from './AddFeedForm.tsx';
import { ArticlePane } from './ArticlePane.tsx';
import { ArticleView } from './ArticleView.tsx';
import { EntriesPane } from './EntriesPane.tsx';
import { FeedsPane } from './FeedsPane.tsx';
import { FeedTree } from './FeedTree.tsx';
import { SearchForm } from './SearchForm.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { Splitter } from './Splitter.tsx';

export function App() {
  const client = useMemo(getClient, []);
  const { notice, setNotice, fail } = useNotice();
  const preferences = usePreferences(client, fail);
  const { paneWidths, setPaneWidths, commitWidths } = preferences;
  const data = useReaderData(client, fail);
  const article = useArticle(client);
  const list = useEntryView(client, data, article, fail);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const actions = useEntryActions(client, list, article, frameRef, { setNotice, fail });
  const { collapsed, toggleFolder } = useCollapsedFolders();
  const [sheetOpen, setSheetOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const addFeedRef = useRef<HTMLInputElement>(null);

  const run = useCommands({
    data,
    list,
    actions,
    collapsed,
    searchRef,
    addFeedRef,
    setSheetOpen,
    fail,
  });
  const onKey = useKeyboard(run, sheetOpen);
  useMenuCommands(client, run);

  const { openIndex, reload } = list;
  const { loadFeeds } = data;
  const openAt = useCallback(
    (index: number) => void openIndex(index).catch(fail),
    [openIndex, fail],
  );
  const { toggleStar } = actions;
  const starOpened = useCallback(() => void toggleStar().catch(fail), [toggleStar, fail]);
  const addFeed = useCallback(
    async (url: string) => {
      await client.addFeed({ url });
      await loadFeeds();
    },
    [client, loadFeeds],
  );

  return (
    <div
      className="reader"
      style={{
        gridTemplateColumns: `${paneWidths[0]}px 5px ${paneWidths[1]}px 5px minmax(320px, 1fr)`,
      }}
    >
      <FeedsPane
        progress={data.progress}
        onRefresh={data.refresh}
        footer={<AddFeedForm inputRef={addFeedRef} onAdd={addFeed} fail={fail} />}
      >
        <FeedTree
          tree={data.tree}
          counts={data.counts}
          view={list.view}
          collapsed={collapsed}
          onSelect={list.selectView}
          onToggleFolder={toggleFolder}
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
        <ArticleView
          entry={article.opened}
          article={article.article}
          feedsById={data.feedsById}
          theme={preferences.theme}
          frameRef={frameRef}
          onOpenLink={actions.openLink}
          onKey={onKey}
          onToggleStar={starOpened}
        />
      </ArticlePane>
      {sheetOpen ? <ShortcutSheet onClose={() => setSheetOpen(false)} /> : null}
    </div>
  );
}
