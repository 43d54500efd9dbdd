// The window's preferences: loaded once, the theme applied to the document (following the system
// when asked to), pane widths dragged locally and saved when a drag ends.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrreryClient, Preferences } from '../../shared/api.ts';
import { windowDefaultPreferences } from '../state/preferenceDefaults.ts';
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
  const [prefs, setPrefs] = useState<Preferences>(windowDefaultPreferences);
  const [paneWidths, setPaneWidths] = useState<PaneWidths>(windowDefaultPreferences.paneWidths);
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

  // Changes show at once. A snapshot from the engine (the answer to a write, or an event from
  // another face) gets the writes still in flight laid over it: otherwise the late answer to an
  // older write would briefly undo a newer one (collapse, expand, and the tree shows collapsed).
  const inFlight = useRef<Partial<Preferences>[]>([]);
  const adopt = useCallback((snapshot: Preferences) => {
    setPrefs(Object.assign({ ...snapshot }, ...inFlight.current));
  }, []);
  const write = useCallback(
    async (patch: Partial<Preferences>) => {
      inFlight.current.push(patch);
      setPrefs((current) => ({ ...current, ...patch }));
      try {
        const saved = await client.setPreferences(patch);
        inFlight.current.splice(inFlight.current.indexOf(patch), 1);
        adopt(saved);
      } catch (error) {
        inFlight.current.splice(inFlight.current.indexOf(patch), 1);
        throw error;
      }
    },
    [client, adopt],
  );

  const commitWidths = useCallback(
    (widths: PaneWidths) => void write({ paneWidths: widths }).catch(() => undefined),
    [write],
  );
  const setPreferences = write;

  // Another face or the CLI changed them.
  useEffect(
    () => client.on('preferencesChanged', ({ preferences }) => adopt(preferences)),
    [client, adopt],
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
