// Which folders of the tree are collapsed: kept in the preferences, so they stay collapsed across
// restarts (and in every face on the same data directory).
import { useCallback, useMemo } from 'react';
import type { Preferences } from '../../shared/api.ts';

export function useCollapsedFolders(
  prefs: Preferences,
  setPreferences: (patch: Partial<Preferences>) => Promise<void>,
  fail: (error: unknown) => void,
): { collapsed: ReadonlySet<number>; toggleFolder: (folderId: number) => void } {
  const collapsed = useMemo(() => new Set(prefs.collapsedFolders), [prefs.collapsedFolders]);
  const toggleFolder = useCallback(
    (id: number) => {
      const next = new Set(collapsed);
      if (!next.delete(id)) next.add(id);
      setPreferences({ collapsedFolders: [...next] }).catch(fail);
    },
    [collapsed, setPreferences, fail],
  );
  return { collapsed, toggleFolder };
}
