// A window onto a list of rows of one height, by arithmetic: which rows the scroll area shows.
// The entry list counts up to a million rows and the feed tree thousands: a virtualiser that
// keeps a measurement object per row (rebuilt when the count changes) costs ~100 ms at 1M posts
// inside the first render; rows of one height need none of that.
// The area is never read while React commits (a forced layout, and a state change there redraws
// before the first paint): the first render assumes the window's height at the top, and the
// ResizeObserver's first report, delivered after the browser's own layout, corrects it.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { rowsInView, type View } from '../state/rowsInView.ts';

export interface FixedRows {
  /** The first and last row to draw (those in view and `overscan` more each side); last < first
   * when there are none. */
  readonly first: number;
  readonly last: number;
  /** The height of all rows, with the padding above and below. */
  readonly totalHeight: number;
  /** Where row `index` starts (the padding above included). */
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

  const rowTop = useCallback((index: number) => padding + index * rowHeight, [padding, rowHeight]);

  const scrollToRow = useCallback(
    (index: number) => {
      const area = scrollRef.current;
      if (!area) return;
      // The first and last rows bring their padding along.
      const top = index === 0 ? 0 : rowTop(index);
      const bottom = rowTop(index) + rowHeight + (index === count - 1 ? padding : 0);
      // From the last scroll and resize seen: reading the area here would force a layout.
      if (top < view.top) area.scrollTop = top;
      else if (bottom > view.top + view.height) area.scrollTop = bottom - view.height;
    },
    [scrollRef, rowHeight, rowTop, count, padding, view],
  );

  const { first, last } = rowsInView(view, count, rowHeight, overscan, padding);
  return { first, last, totalHeight: count * rowHeight + 2 * padding, rowTop, scrollToRow };
}
