// Which rows of one height a scroll area shows (hooks/useFixedRows.ts): arithmetic, no per-row
// record, so a list of a million rows costs what a list of ten does. Pure: unit-tested.

/** The scroll area: how far it is scrolled and how tall it is, in pixels. */
export interface View {
  readonly top: number;
  readonly height: number;
}

/** The first and last row to draw: those in view and `overscan` more each side, within the
 * list (last < first when there are none). */
export function rowsInView(
  view: View,
  count: number,
  rowHeight: number,
  overscan: number,
): { readonly first: number; readonly last: number } {
  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const lastInView = Math.ceil((view.top + view.height) / rowHeight) - 1;
  return { first, last: Math.min(count - 1, lastInView + overscan) };
}
