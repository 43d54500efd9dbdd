// Undo for read marks: each Shift+A, m or folder marking records exactly the posts it changed and
// the state they had; Ctrl/Cmd+Z, the toast's Undo and the desktop Edit menu restore the newest
// record first, so several undos walk back in order.
import { useCallback, useRef, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import type { ArticleState } from './useArticle.ts';
import type { EntryViewState } from './useEntryView.ts';

export interface UndoRecord {
  /** What was done, for the toast: "Marked 12 read". */
  readonly label: string;
  readonly entryIds: readonly number[];
  /** The read state those posts had before, which undo restores. */
  readonly read: boolean;
}

export interface UndoState {
  /** The newest record, while its toast is shown. */
  readonly toast: UndoRecord | null;
  readonly record: (record: UndoRecord) => void;
  readonly undo: () => Promise<void>;
  readonly dismiss: () => void;
}

/** Records kept: enough for a morning's marks, bounded. */
const depth = 30;
/** setRead takes at most this many ids per call (shared/api.ts). */
const chunk = 100_000;

export function useUndo(
  client: OrreryClient,
  restored: (record: UndoRecord) => Promise<void>,
): UndoState {
  const stack = useRef<UndoRecord[]>([]);
  const [toast, setToast] = useState<UndoRecord | null>(null);

  const record = useCallback((next: UndoRecord) => {
    if (next.entryIds.length === 0) return;
    stack.current = [...stack.current.slice(1 - depth), next];
    setToast(next);
  }, []);

  const undo = useCallback(async () => {
    const last = stack.current.pop();
    setToast(null);
    if (!last) return;
    for (let at = 0; at < last.entryIds.length; at += chunk) {
      await client.setRead({ entryIds: last.entryIds.slice(at, at + chunk), read: last.read });
    }
    await restored(last);
  }, [client, restored]);

  const dismiss = useCallback(() => setToast(null), []);
  return { toast, record, undo, dismiss };
}

/** Undo wired to the list: rows still loaded change in place (the reader keeps their place);
 * otherwise (marked rows had left an unread-only list) the view reloads. */
export function useReadUndo(
  client: OrreryClient,
  list: Pick<EntryViewState, 'entries' | 'bump' | 'reload'>,
  article: Pick<ArticleState, 'patchOpened'>,
): UndoState {
  const { entries, bump, reload } = list;
  const { patchOpened } = article;
  const restored = useCallback(
    async ({ entryIds, read }: UndoRecord) => {
      if (entryIds.every((id) => entries.indexOf(id) >= 0)) {
        for (const id of entryIds) {
          entries.updateRow(id, { read });
          patchOpened(id, { read });
        }
        bump();
        return;
      }
      await reload();
    },
    [entries, bump, reload, patchOpened],
  );
  return useUndo(client, restored);
}
