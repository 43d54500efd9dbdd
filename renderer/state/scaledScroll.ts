// A list taller than a browser can lay out, scrolled through a canvas it can. Chromium stops
// laying out at 33,554,431 px (Firefox near 17.9M): a million rows of 64 px (64M px) ran off
// it, and the end of the list could not be scrolled to. Past `maxCanvasHeight` the canvas stays
// that tall and its scroll range maps linearly onto the list's, so its top and its end are
// the list's; the rows are drawn shifted by the difference. Pure: unit-tested.

/** Well under every engine's limit (the preview runs in any browser). */
export const maxCanvasHeight = 16_000_000;

export interface ScaledScroll {
  /** The height to give the scrolled canvas. */
  readonly canvasHeight: number;
  /** Where the list is scrolled to, in list pixels (what rowsInView takes). */
  readonly listTop: number;
  /** Added to a row's list position (index × row height) to place it on the canvas. */
  readonly shift: number;
  /** The scroll position, in canvas pixels, that shows the list from `listTop` on. */
  readonly scrollTopFor: (listTop: number) => number;
}

export function scaledScroll(
  scrollTop: number,
  viewHeight: number,
  listHeight: number,
  cap = maxCanvasHeight,
): ScaledScroll {
  const canvasHeight = Math.min(listHeight, cap);
  const listRange = Math.max(0, listHeight - viewHeight);
  const canvasRange = Math.max(0, canvasHeight - viewHeight);
  // List pixels per canvas pixel of scrolling: 1 for any list that fits.
  const ratio = canvasRange > 0 && listHeight > cap ? listRange / canvasRange : 1;
  const listTop = Math.min(listRange, scrollTop * ratio);
  return {
    canvasHeight,
    listTop,
    shift: scrollTop - listTop,
    scrollTopFor: (top) => Math.max(0, Math.min(top, listRange)) / ratio,
  };
}
