// Parts of the window drawn only when asked for, each in a chunk of its own loaded the first time
// it is shown (React.lazy, under a Suspense that draws nothing meanwhile): the window's first rows
// need none of them, and the first bundle is compiled and run before anything is drawn.
import { lazy } from 'react';

export const SettingsView = lazy(() =>
  import('./settings/SettingsView.tsx').then((module) => ({ default: module.SettingsView })),
);
export const ShortcutSheet = lazy(() =>
  import('./ShortcutSheet.tsx').then((module) => ({ default: module.ShortcutSheet })),
);
export const DialogHost = lazy(() =>
  import('./DialogHost.tsx').then((module) => ({ default: module.DialogHost })),
);
export const TreeContextMenu = lazy(() =>
  import('./TreeContextMenu.tsx').then((module) => ({ default: module.TreeContextMenu })),
);
