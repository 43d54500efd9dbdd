// What a person does to entries: read/unread, star, mark all in view read, page through the open
// article, open links outside the reader.
import { useCallback, type RefObject } from 'react';
import { externalUrlSchema, type OrreryClient } from '../../shared/api.ts';
import type { ArticleState } from './useArticle.ts';
import type { EntryViewState } from './useEntryView.ts';

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
): EntryActions {
  const { entries, selectedRow, selectedIndex, bump, view, reload, openIndex } = list;
  const { patchOpened, opened } = article;
  const { setNotice, fail } = notice;

  const toggleRead = useCallback(async () => {
    if (!selectedRow) return;
    const read = !selectedRow.read;
    entries.updateRow(selectedRow.id, { read });
    patchOpened(selectedRow.id, { read });
    bump();
    await client.setRead({ entryIds: [selectedRow.id], read });
  }, [client, entries, selectedRow, bump, patchOpened]);

  const toggleStar = useCallback(async () => {
    if (!selectedRow) return;
    const starred = !selectedRow.starred;
    entries.updateRow(selectedRow.id, { starred });
    patchOpened(selectedRow.id, { starred });
    bump();
    await client.setStarred({ entryIds: [selectedRow.id], starred });
  }, [client, entries, selectedRow, bump, patchOpened]);

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
    await reload();
  }, [client, view, reload]);

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
      const checked = externalUrlSchema.safeParse(url);
      if (!checked.success) {
        setNotice(
          `Not opened: ${url.slice(0, 80)} (only http, https and mailto links leave the reader)`,
        );
        return;
      }
      client.openExternal({ url: checked.data }).catch(fail);
    },
    [client, setNotice, fail],
  );

  return { toggleRead, toggleStar, markAllRead, pageArticle, openLink };
}
