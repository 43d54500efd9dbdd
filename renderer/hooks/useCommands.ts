// What each command of shared/commands.ts does in this window. Keys (useKeyboard) and the desktop
// menu (the menuCommand event) both end here.
import { useCallback, useEffect, type RefObject } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import type { CommandId } from '../../shared/commands.ts';
import { stepView, viewsInTreeOrder } from '../state/views.ts';
import type { EntryActions } from './useEntryActions.ts';
import type { EntryViewState } from './useEntryView.ts';
import type { Manage } from './useManage.ts';
import type { ReaderData } from './useReaderData.ts';

export type RunCommand = (command: CommandId) => void;

export interface CommandContext {
  readonly data: ReaderData;
  readonly list: EntryViewState;
  readonly actions: EntryActions;
  readonly collapsed: ReadonlySet<number>;
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly addFeedRef: RefObject<HTMLInputElement | null>;
  readonly setSheetOpen: (open: boolean) => void;
  /** Restores the read state the newest undo record holds (useUndo). */
  readonly undo: () => Promise<void>;
  readonly manage: Manage;
  readonly toggleSettings: () => void;
  readonly fail: (error: unknown) => void;
  /** Full article on / back to the feed's version (useFullArticle). */
  readonly toggleFullArticle: () => void;
}

export function useCommands(context: CommandContext): RunCommand {
  const { data, list, actions, collapsed, searchRef, addFeedRef, setSheetOpen, fail } = context;
  const { undo } = context;
  const { manage, toggleSettings } = context;
  const { openDialog, exportOpml } = manage;
  const { toggleFullArticle } = context;
  const { tree, refresh } = data;
  const { entries, selectedIndex, selectedRow, view, selectView, openIndex } = list;
  const { pageArticle, toggleRead, toggleStar, markAllRead, openLink } = actions;

  return useCallback(
    (command: CommandId) => {
      const step = (by: 1 | -1) =>
        selectView(stepView(viewsInTreeOrder(tree, collapsed), view, by));
      const handlers: Record<CommandId, () => void> = {
        nextEntry: () => void openIndex(Math.min(entries.total - 1, selectedIndex + 1)).catch(fail),
        previousEntry: () => void openIndex(Math.max(0, selectedIndex - 1)).catch(fail),
        nextFeed: () => step(1),
        previousFeed: () => step(-1),
        pageArticle,
        toggleRead: () => void toggleRead().catch(fail),
        toggleStar: () => void toggleStar().catch(fail),
        openOriginal: () => {
          if (selectedRow?.url) openLink(selectedRow.url);
        },
        fullArticle: toggleFullArticle,
        refresh,
        markAllRead: () => void markAllRead().catch(fail),
        undo: () => void undo().catch(fail),
        search: () => {
          searchRef.current?.focus();
          searchRef.current?.select();
        },
        addFeed: () => addFeedRef.current?.focus(),
        newFolder: () => {
          const parent = view.kind === 'folder' ? data.folders.find((f) => f.id === view.id) : null;
          openDialog({ kind: 'newFolder', parent: parent ?? null });
        },
        importOpml: () => openDialog({ kind: 'importOpml' }),
        exportOpml: () => void exportOpml().catch(fail),
        settings: toggleSettings,
        showShortcuts: () => setSheetOpen(true),
        close: () => setSheetOpen(false),
      };
      handlers[command]();
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
      searchRef,
      addFeedRef,
      setSheetOpen,
      undo,
      data.folders,
      openDialog,
      exportOpml,
      toggleSettings,
      fail,
      toggleFullArticle,
    ],
  );
}

/** Runs the commands the desktop menu sends (the preview has no menu: nothing arrives). */
export function useMenuCommands(client: OrreryClient, run: RunCommand): void {
  useEffect(() => client.on('menuCommand', ({ command }) => run(command)), [client, run]);
}
