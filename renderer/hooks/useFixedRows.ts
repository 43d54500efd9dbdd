// A window onto a list of rows of one height, by arithmetic: which rows the scroll area shows.
// The entry list counts up to a million rows and the feed tree thousands: a virtualiser that
// keeps a measurement object per row (rebuilt when the count changes) costs ~100 ms at 1M posts
// inside the first render; rows of one height need none of that.
// The area is never read while React commits (a forced layout, and a state change there redraws
// before the first paint): the first render assumes the window's height at the top, and the
// ResizeObserver's first report, delivered after the browser's own layout, corrects it.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { rowsInView, type View } from '../state/rowsInView.ts';
import { scaledScroll } from '../state/scaledScroll.ts';

export interface FixedRows {
  /** The first and last row to draw (those in view and `overscan` more each side); last < first
   * when there are none. */
  readonly first: number;
  readonly last: number;
  /** The height of the scrolled canvas: all rows with the padding above and below, or the cap a
   * browser can lay out (state/scaledScroll.ts). */
  readonly totalHeight: number;
  /** Where to draw a row on the canvas (the padding above included). */
  readonly rowTop: (index: number) => number;
  /** Scrolls as little as needed to show the row whole. */
  readonly scrollToRow: (index: number) => void;
}

export function useFixedRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
  /** Space above the first row and below the last, inside the scroll area. */
  padding = 0,
): FixedRows {
  const [view, setView] = useState<View>(() => ({ top: 0, height: window.innerHeight }));

  useLayoutEffect(() => {
    const area = scrollRef.current;
    if (!area) return;
    const onScroll = () => setView((seen) => ({ ...seen, top: area.scrollTop }));
    // Reported after layout, so reading the area here forces nothing.
    const resized = new ResizeObserver(() =>
      setView((seen) =>
        seen.top === area.scrollTop && seen.height === area.clientHeight
          ? seen
          : { top: area.scrollTop, height: area.clientHeight },
      ),
    );
    area.addEventListener('scroll', onScroll, { passive: true });
    resized.observe(area);
    return () => {
      area.removeEventListener('scroll', onScroll);
      resized.disconnect();
    };
  }, [scrollRef]);

  const scaled = scaledScroll(view.top, view.height, count * rowHeight + 2 * padding);
  const { listTop, shift, scrollTopFor } = scaled;
  /** Where row `index` starts in the list (not the canvas). */
  const listTopOf = useCallback(
    (index: number) => padding + index * rowHeight,
    [padding, rowHeight],
  );
  const scrollToRow = useCallback(
    (index: number) => {
      const area = scrollRef.current;
      if (!area) return;
      // The first and last rows bring their padding along.
      const top = index === 0 ? 0 : listTopOf(index);
      const bottom = listTopOf(index) + rowHeight + (index === count - 1 ? padding : 0);
      // From the last scroll and resize seen: reading the area here would force a layout.
      if (top < listTop) area.scrollTop = scrollTopFor(top);
      else if (bottom > listTop + view.height) area.scrollTop = scrollTopFor(bottom - view.height);
    },
    [scrollRef, rowHeight, listTopOf, count, padding, view.height, listTop, scrollTopFor],
  );
  const rowTop = useCallback((index: number) => listTopOf(index) + shift, [listTopOf, shift]);

  const { first, last } = rowsInView(
    { top: listTop, height: view.height },
    count,
    rowHeight,
    overscan,
    padding,
  );
  return { first, last, totalHeight: scaled.canvasHeight, rowTop, scrollToRow };
}
