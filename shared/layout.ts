// The window's layouts by width, shared by the renderer (which switches between them) and the
// desktop shell (whose minimum window width must be one of them). No dependencies.

/** Below this width the feed pane collapses behind a "Feeds" toggle. */
export const collapseFeedsBelow = 1100;
/** Below this width the list and the article take turns (Back returns to the list). */
export const takeTurnsBelow = 760;
/** The desktop window's minimum width: the list-or-article layout, which never clips. */
export const minimumWindowWidth = 560;

export type LayoutMode = 'wide' | 'medium' | 'narrow';

export function layoutFor(width: number): LayoutMode {
  if (width < takeTurnsBelow) return 'narrow';
  if (width < collapseFeedsBelow) return 'medium';
  return 'wide';
}
