// The one place the main window's options are decided, so a unit test can hold the security
// checklist (contextIsolation, sandbox, no Node in the page) to account.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { minimumWindowWidth } from '../../shared/layout.ts';

export const defaultWindowSize = { width: 1280, height: 820 } as const;

export function windowOptions(
  preloadPath: string,
  bounds?: Rectangle,
  options: { devTools?: boolean; backgroundColor?: string } = {},
): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? defaultWindowSize),
    // The list-or-article layout (shared/layout.ts), which never clips.
    minWidth: minimumWindowWidth,
    minHeight: 480,
    title: 'Orrery',
    // Shown on 'ready-to-show' so the window never flashes white.
    show: false,
    backgroundColor: options.backgroundColor ?? '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.devTools ?? false,
      spellcheck: false,
    },
  };
}
