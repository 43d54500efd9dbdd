// What a person does to entries: read/unread, star, mark all in view read, page through the open
// article, open links outside the reader.
import { useCallback, type RefObject } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import { checkedExternalUrl } from '../api/externalUrl.ts';
import { markScope } from '../state/markScope.ts';
import type { ArticleState } from './useArticle.ts';
import type { EntryViewState } from './useEntryView.ts';
import type { UndoRecord } from './useUndo.ts';

export interface EntryActions {
  readonly toggleRead: () => Promise<void>;
  readonly toggleStar: () => Promise<void>;
  readonly markAllRead: () => Promise<void>;
  /** Space: pages down the article, then opens the next entry. */
  readonly pageArticle: () => void;
  /** Opens a link in the system browser, after the scheme check. */
  readonly openLink: (url: string) => void;
}

export function useEntryActions(
  client: OrreryClient,
  list: EntryViewState,
  article: ArticleState,
  frameRef: RefObject<HTMLIFrameElement | null>,
  notice: { setNotice: (text: string) => void; fail: (error: unknown) => void },
  /** Hears every read change that can be undone (useUndo). */
  undoable: (record: UndoRecord) => void,
): EntryActions {
  const { entries, selectedRow, selectedIndex, bump, view, reload, openIndex } = list;
  const { search, upToEntryId } = list;
  const { patchOpened, opened } = article;
  const { setNotice, fail } = notice;

  const toggleRead = useCallback(async () => {
    if (!selectedRow) return;
    const read = !selectedRow.read;
    entries.updateRow(selectedRow.id, { read });
    patchOpened(selectedRow.id, { read });
    bump();
    await client.setRead({ entryIds: [selectedRow.id], read });
    undoable({
      label: `Marked ${read ? 'read' : 'unread'}`,
      entryIds: [selectedRow.id],
      read: !read,
    });
  }, [client, entries, selectedRow, bump, patchOpened, undoable]);

  const toggleStar = useCallback(async () => {
    if (!selectedRow) return;
    const starred = !selectedRow.starred;
    entries.updateRow(selectedRow.id, { starred });
    patchOpened(selectedRow.id, { starred });
    bump();
    await client.setStarred({ entryIds: [selectedRow.id], starred });
  }, [client, entries, selectedRow, bump, patchOpened]);

  const markAllRead = useCallback(async () => {
    // Only what the list showed: its view, its search, nothing stored after it was drawn.
    const scope = markScope(view, search, upToEntryId);
    if (!scope) return;
    const { entryIds } = await client.markAllRead(scope);
    undoable({ label: `Marked ${entryIds.length} read`, entryIds, read: false });
    await reload();
  }, [client, view, search, upToEntryId, reload, undoable]);

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
  }, [frameRef, opened, selectedIndex, openIndex, fail]);

  const openLink = useCallback(
    (url: string) => {
      void checkedExternalUrl(url)
        .then((checked) => {
          if (checked !== null) return client.openExternal({ url: checked });
          setNotice(
            `Not opened: ${url.slice(0, 80)} (only http, https and mailto links leave the reader)`,
          );
        })
        .catch(fail);
    },
    [client, setNotice, fail],
  );

  return { toggleRead, toggleStar, markAllRead, pageArticle, openLink };
}
