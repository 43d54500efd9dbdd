// The open article: its header as listed (shown at once) and its cleaned content, prefetched for
// the entries around it so that opening the next one needs no round trip.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import type { EntryRow } from '../../shared/model.ts';
import { ArticleCache, type PreparedArticle } from '../article/articleCache.ts';
import { loadSanitizer } from '../article/loadSanitizer.ts';
import type { EntryWindow } from '../state/entryWindow.ts';

/** Entries after the open one whose content is fetched and cleaned ahead (and one before). */
const prefetchAhead = 3;

export interface ArticleState {
  /** The open entry as listed (the header). */
  readonly opened: EntryRow | null;
  /** Its cleaned content once ready. */
  readonly article: PreparedArticle | null;
  /** Shows a row: header and prefetched content in this render; content not prefetched follows. */
  readonly show: (row: EntryRow) => Promise<void>;
  /** Closes the article; `forgetContent` also drops what was prefetched (a new view). */
  readonly close: (forgetContent: boolean) => void;
  /** Fetches and cleans the content of the entries around `index`. */
  readonly prefetchAround: (entries: EntryWindow, index: number) => void;
  /** Changes the open entry's header (read, starred) if it is still the one open. */
  readonly patchOpened: (entryId: number, patch: Partial<EntryRow>) => void;
}

export function useArticle(client: OrreryClient): ArticleState {
  const [opened, setOpened] = useState<EntryRow | null>(null);
  const [article, setArticle] = useState<PreparedArticle | null>(null);
  const articles = useMemo(
    () =>
      new ArticleCache(
        (entryId) => client.getEntry({ entryId }),
        async (detail) => (await loadSanitizer()).prepareArticle(detail),
      ),
    [client],
  );
  const openedId = useRef(0);

  const show = useCallback(
    async (row: EntryRow) => {
      openedId.current = row.id;
      const ready = articles.peek(row.id);
      setOpened({ ...row, read: true });
      setArticle(ready ?? null);
      if (ready !== undefined) return;
      const loaded = await articles.get(row.id);
      if (openedId.current === row.id) setArticle(loaded);
    },
    [articles],
  );

  const close = useCallback(
    (forgetContent: boolean) => {
      // Content may have changed since it was cached (updated posts): start afresh per view.
      if (forgetContent) articles.clear();
      setOpened(null);
      setArticle(null);
    },
    [articles],
  );

  const prefetchAround = useCallback(
    (entries: EntryWindow, index: number) => {
      const ids: number[] = [];
      for (let at = index - 1; at <= index + prefetchAhead; at++) {
        const row = at === index ? undefined : entries.rowAt(at);
        if (row) ids.push(row.id);
      }
      articles.prefetch(ids);
    },
    [articles],
  );

  const patchOpened = useCallback((entryId: number, patch: Partial<EntryRow>) => {
    setOpened((row) => (row && row.id === entryId ? { ...row, ...patch } : row));
  }, []);

  return { opened, article, show, close, prefetchAround, patchOpened };
}
