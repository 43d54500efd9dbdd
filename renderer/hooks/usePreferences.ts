// The window's preferences: loaded once, the theme applied to the document (following the system
// when asked to), pane widths dragged locally and saved when a drag ends.
import { useCallback, useEffect, useState } from 'react';
import { defaultPreferences, type OrreryClient, type Preferences } from '../../shared/api.ts';
import type { ResolvedTheme } from '../article/articleDocument.ts';

const darkQuery = '(prefers-color-scheme: dark)';

function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(darkQuery).matches);
  useEffect(() => {
    const media = window.matchMedia(darkQuery);
    const onChange = (): void => setDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark;
}

export type PaneWidths = Preferences['paneWidths'];

export interface PreferencesState {
  readonly prefs: Preferences;
  readonly theme: ResolvedTheme;
  readonly paneWidths: PaneWidths;
  readonly setPaneWidths: (update: (widths: PaneWidths) => PaneWidths) => void;
  /** Saves pane widths (at the end of a drag). */
  readonly commitWidths: (widths: PaneWidths) => void;
  /** Changes preferences; they apply at once and persist. */
  readonly setPreferences: (patch: Partial<Preferences>) => Promise<void>;
}

export function usePreferences(client: OrreryClient, fail: (error: unknown) => void) {
  const [prefs, setPrefs] = useState<Preferences>(defaultPreferences);
  const [paneWidths, setPaneWidths] = useState<PaneWidths>(defaultPreferences.paneWidths);
  const systemDark = useSystemDark();
  const theme: ResolvedTheme =
    prefs.theme === 'system' ? (systemDark ? 'dark' : 'light') : prefs.theme;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    client
      .getPreferences({})
      .then((loaded) => {
        setPrefs(loaded);
        setPaneWidths(loaded.paneWidths);
      })
      .catch(fail);
  }, [client, fail]);

  const commitWidths = useCallback(
    (widths: PaneWidths) => {
      client
        .setPreferences({ paneWidths: widths })
        .then(setPrefs)
        .catch(() => undefined);
    },
    [client],
  );

  // Changes show at once; the engine's answer (validated, persisted) then wins.
  const setPreferences = useCallback(
    async (patch: Partial<Preferences>) => {
      setPrefs((current) => ({ ...current, ...patch }));
      setPrefs(await client.setPreferences(patch));
    },
    [client],
  );

  // Another face or the CLI changed them.
  useEffect(
    () => client.on('preferencesChanged', ({ preferences }) => setPrefs(preferences)),
    [client],
  );

  const state: PreferencesState = {
    prefs,
    theme,
    paneWidths,
    setPaneWidths,
    commitWidths,
    setPreferences,
  };
  return state;
}
