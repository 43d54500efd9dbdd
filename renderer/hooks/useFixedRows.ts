// A window onto a list of rows of one height, by arithmetic: which rows the scroll area shows.
// The entry list counts up to a million rows, and @tanstack/react-virtual keeps a measurement
// object per row (rebuilt when the count changes: ~100 ms and a million objects at 1M posts,
// inside the first render); rows of one height need none of that.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { rowsInView, type View } from '../state/rowsInView.ts';
import { scaledScroll } from '../state/scaledScroll.ts';

export interface FixedRows {
  /** The first and last row to draw (those in view and `overscan` more each side); last < first
   * when there are none. */
  readonly first: number;
  readonly last: number;
  /** The height of the scrolled canvas: all rows, or the cap a browser can lay out
   * (state/scaledScroll.ts). */
  readonly totalHeight: number;
  /** Where to draw a row on the canvas. */
  readonly rowTop: (index: number) => number;
  /** Scrolls as little as needed to show the row whole. */
  readonly scrollToRow: (index: number) => void;
}

export function useFixedRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
): FixedRows {
  // Before the area is measured: the window's height, so the first render holds rows.
  const [view, setView] = useState<View>(() => ({ top: 0, height: window.innerHeight }));

  useLayoutEffect(() => {
    const area = scrollRef.current;
    if (!area) return;
    const update = (height: number) =>
      setView((seen) =>
        seen.top === area.scrollTop && seen.height === height
          ? seen
          : { top: area.scrollTop, height },
      );
    const onScroll = () => setView((seen) => ({ ...seen, top: area.scrollTop }));
    update(area.clientHeight);
    area.addEventListener('scroll', onScroll, { passive: true });
    const resized = new ResizeObserver(() => update(area.clientHeight));
    resized.observe(area);
    return () => {
      area.removeEventListener('scroll', onScroll);
      resized.disconnect();
    };
  }, [scrollRef]);

  const scaled = scaledScroll(view.top, view.height, count * rowHeight);
  const { listTop, shift, scrollTopFor } = scaled;
  const scrollToRow = useCallback(
    (index: number) => {
      const area = scrollRef.current;
      if (!area) return;
      const top = index * rowHeight;
      // From the last scroll and resize seen: reading the area here would force a layout.
      if (top < listTop) area.scrollTop = scrollTopFor(top);
      else if (top + rowHeight > listTop + view.height)
        area.scrollTop = scrollTopFor(top + rowHeight - view.height);
    },
    [scrollRef, rowHeight, view.height, listTop, scrollTopFor],
  );
  const rowTop = useCallback((index: number) => index * rowHeight + shift, [rowHeight, shift]);

  const { first, last } = rowsInView(
    { top: listTop, height: view.height },
    count,
    rowHeight,
    overscan,
  );
  return { first, last, totalHeight: scaled.canvasHeight, rowTop, scrollToRow };
}
