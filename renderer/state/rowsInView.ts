// Which rows of one height a scroll area shows (hooks/useFixedRows.ts): arithmetic, no per-row
// record, so a list of a million rows costs what a list of ten does. Pure: unit-tested.

/** The scroll area: how far it is scrolled and how tall it is, in pixels. */
export interface View {
  readonly top: number;
  readonly height: number;
}

/** The first and last row to draw: those in view and `overscan` more each side, within the
 * list (last < first when there are none). `padding`: space above the first row. */
export function rowsInView(
  view: View,
  count: number,
  rowHeight: number,
  overscan: number,
  padding = 0,
): { readonly first: number; readonly last: number } {
  const top = view.top - padding;
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const lastInView = Math.ceil((top + view.height) / rowHeight) - 1;
  return { first, last: Math.min(count - 1, lastInView + overscan) };
}

/** The indexes to draw, in order: first to last, and `always` (the row Tab reaches) wherever it
 * is, when it is a row of the list. */
export function rowsToDraw(first: number, last: number, always?: number): number[] {
  const rows = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  if (always === undefined || always < 0 || (always >= first && always <= last)) return rows;
  return always < first ? [always, ...rows] : [...rows, always];
}
