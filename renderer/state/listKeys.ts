// Where a key moves the entry list's selection (WAI-ARIA listbox). Pure.

/** Rows a PageUp/PageDown moves. */
const pageRows = 8;

export function listKeyTarget(key: string, selected: number, total: number): number | null {
  if (total === 0) return null;
  const last = total - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (key) {
    case 'ArrowDown':
      return clamp(selected + 1);
    case 'ArrowUp':
      return clamp(selected < 0 ? 0 : selected - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(selected + pageRows);
    case 'PageUp':
      return clamp(selected - pageRows);
    default:
      return null;
  }
}
