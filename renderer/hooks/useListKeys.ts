// Keys on the focused entry list, as WAI-ARIA's listbox asks: Up/Down move like k/j (and open),
// Home/End go to the ends, PageUp/PageDown move a screenful.
import { useCallback, type KeyboardEvent } from 'react';
import { listKeyTarget } from '../state/listKeys.ts';

export function useListKeys(
  selected: number,
  total: number,
  open: (index: number) => void,
): (event: KeyboardEvent) => void {
  return useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = listKeyTarget(event.key, selected, total);
      if (target === null) return;
      event.preventDefault();
      if (target !== selected) open(target);
    },
    [selected, total, open],
  );
}
