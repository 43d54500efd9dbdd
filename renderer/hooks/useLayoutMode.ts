// Narrow windows never clip: the layout follows the window's width (shared/layout.ts), the feed
// pane opens over the list from a toggle when collapsed, and in the narrowest layout the list and
// the article take turns: opening an entry shows the article, Back the list.
import { useCallback, useEffect, useState } from 'react';
import { layoutFor, type LayoutMode } from '../../shared/layout.ts';

export interface LayoutState {
  readonly mode: LayoutMode;
  readonly feedsOpen: boolean;
  readonly setFeedsOpen: (open: boolean) => void;
  /** Narrow layout: the article is shown instead of the list. */
  readonly articleShown: boolean;
  readonly showArticle: () => void;
  readonly showList: () => void;
}

export function useLayoutMode(openedEntryId: number | null): LayoutState {
  const [mode, setMode] = useState<LayoutMode>(() => layoutFor(window.innerWidth));
  const [feedsOpen, setFeedsOpen] = useState(false);
  const [articleShown, setArticleShown] = useState(false);

  useEffect(() => {
    const onResize = () => setMode(layoutFor(window.innerWidth));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // Any entry opened (click, j, Enter) brings the article forward.
  useEffect(() => {
    setArticleShown(openedEntryId !== null);
  }, [openedEntryId]);

  useEffect(() => {
    if (mode === 'wide') setFeedsOpen(false);
  }, [mode]);

  const showArticle = useCallback(() => setArticleShown(true), []);
  const showList = useCallback(() => setArticleShown(false), []);
  return { mode, feedsOpen, setFeedsOpen, articleShown, showArticle, showList };
}

/** The grid's columns for a layout: feeds | splitter | entries | splitter | article. */
export function gridColumns(mode: LayoutMode, widths: readonly [number, number]): string {
  if (mode === 'narrow') return '100%';
  if (mode === 'medium') return `minmax(240px, min(${widths[1]}px, 45%)) 5px minmax(320px, 1fr)`;
  return `${widths[0]}px 5px ${widths[1]}px 5px minmax(320px, 1fr)`;
}

/** Class names on the reader for a layout's state (app.css hides and overlays panes by them). */
export function layoutClasses(layout: LayoutState): string {
  return [
    `layout-${layout.mode}`,
    layout.feedsOpen ? 'feeds-open' : '',
    layout.articleShown ? 'article-shown' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
