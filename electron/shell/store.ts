// Shell state on disk (electron-store, in the userData directory): preferences and window bounds.
import type { Rectangle } from 'electron';
import Store from 'electron-store';
import type { Preferences } from '../../shared/api.ts';
import { readPreferences } from './preferences.ts';

interface ShellState {
  preferences?: unknown;
  windowBounds?: unknown;
  windowMaximized?: unknown;
}

export interface ShellStore {
  loadPreferences(): Preferences;
  savePreferences(preferences: Preferences): void;
  /** Unvalidated: pass through restoreBounds before use. */
  savedBounds(): unknown;
  wasMaximized(): boolean;
  saveWindowState(bounds: Rectangle, maximized: boolean): void;
}

export function openShellStore(): ShellStore {
  // A corrupt file is replaced by defaults rather than stopping the app from starting.
  const store = new Store<ShellState>({ name: 'preferences', clearInvalidConfig: true });
  return {
    loadPreferences: () => readPreferences(store.get('preferences')),
    savePreferences: (preferences) => store.set('preferences', preferences),
    savedBounds: () => store.get('windowBounds'),
    wasMaximized: () => store.get('windowMaximized') === true,
    saveWindowState: (bounds, maximized) => {
      store.set('windowBounds', bounds);
      store.set('windowMaximized', maximized);
    },
  };
}
