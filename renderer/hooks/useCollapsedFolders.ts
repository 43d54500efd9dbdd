// Which folders of the tree are collapsed.
import { useCallback, useState } from 'react';

export function useCollapsedFolders(): {
  collapsed: ReadonlySet<number>;
  toggleFolder: (folderId: number) => void;
} {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const toggleFolder = useCallback(
    (id: number) =>
      setCollapsed((set) => {
        const next = new Set(set);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  return { collapsed, toggleFolder };
}
