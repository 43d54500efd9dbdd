// Settings take the article's place. In a narrow window that place shows only when it is brought
// forward, and in narrow and medium windows the feed drawer (where the Settings button is) covers
// it: opening Settings closes the drawer and brings the article's place forward. Opening an entry
// closes Settings, so the entry asked for is what shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LayoutState } from './useLayoutMode.ts';

export interface SettingsPane {
  readonly open: boolean;
  readonly toggle: () => void;
  readonly close: () => void;
}

export function useSettingsPane(layout: LayoutState, openedEntryId: number | null): SettingsPane {
  const [open, setOpen] = useState(false);
  const { setFeedsOpen, showArticle, showList } = layout;

  const close = useCallback(() => {
    setOpen(false);
    if (openedEntryId === null) showList();
  }, [openedEntryId, showList]);

  const toggle = useCallback(() => {
    if (open) return close();
    setFeedsOpen(false);
    showArticle();
    setOpen(true);
  }, [open, close, setFeedsOpen, showArticle]);

  const shownEntry = useRef(openedEntryId);
  useEffect(() => {
    if (shownEntry.current === openedEntryId) return;
    shownEntry.current = openedEntryId;
    if (openedEntryId !== null) setOpen(false);
  }, [openedEntryId]);

  return { open, toggle, close };
}
