// HostApi: what only the desktop shell can do for the renderer. Arguments arrive here already
// validated by the IPC handler table.
import type { HostApi, Preferences } from '../../shared/api.ts';
import { openExternalSafely, type OpenUrl } from './openExternal.ts';
import { mergePreferences } from './preferences.ts';

export interface HostDependencies {
  loadPreferences(): Preferences;
  savePreferences(preferences: Preferences): void;
  /** Really opens a URL (Electron's shell.openExternal); only reached through openExternalSafely. */
  openUrl: OpenUrl;
  /** Told after every change, so the shell can apply theme, polling and tray behaviour. */
  onPreferencesChanged?(preferences: Preferences, previous: Preferences): void;
}

export function createHostApi(deps: HostDependencies): HostApi {
  return {
    openExternal: async ({ url }) => ({ opened: await openExternalSafely(url, deps.openUrl) }),
    getPreferences: async () => deps.loadPreferences(),
    setPreferences: async (patch) => {
      const previous = deps.loadPreferences();
      const next = mergePreferences(previous, patch);
      deps.savePreferences(next);
      deps.onPreferencesChanged?.(next, previous);
      return next;
    },
  };
}
