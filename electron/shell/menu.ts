// The native menu. Reading shortcuts (j/k, n/p, m, s, o, Shift+A, /, ?) belong to the renderer,
// which handles them as keys; the menu shows them without registering them with the system
// (a registered single-letter accelerator would swallow the letter while typing in the search
// box) and, when clicked, replays the key into the page.
import type { MenuItemConstructorOptions } from 'electron';
import type { Preferences } from '../../shared/api.ts';

/** A key the renderer's keyboard handler understands, as sent by webContents.sendInputEvent. */
export interface RendererKey {
  readonly key: string;
  readonly shift?: boolean;
}

export const rendererKeys = {
  nextEntry: { key: 'j' },
  previousEntry: { key: 'k' },
  nextFeed: { key: 'n' },
  previousFeed: { key: 'p' },
  toggleRead: { key: 'm' },
  toggleStar: { key: 's' },
  openOriginal: { key: 'o' },
  markAllRead: { key: 'A', shift: true },
  search: { key: '/' },
  shortcuts: { key: '?', shift: true },
  addFeed: { key: 'a' },
} as const satisfies Record<string, RendererKey>;

export interface MenuActions {
  importOpml(): void;
  exportOpml(): void;
  refresh(): void;
  sendKey(key: RendererKey): void;
  setTheme(theme: Preferences['theme']): void;
  setCloseToTray(on: boolean): void;
  setNotifications(on: boolean): void;
}

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  readonly preferences: Preferences;
  readonly developer: boolean;
}

/** A menu item that shows a renderer shortcut and replays it when clicked. */
function keyItem(
  label: string,
  accelerator: string,
  key: RendererKey,
  actions: MenuActions,
): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: false, click: () => actions.sendKey(key) };
}

export function menuTemplate(
  actions: MenuActions,
  context: MenuContext,
): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const { theme, closeToTray, notifications } = context.preferences;
  const themeItem = (label: string, value: Preferences['theme']): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: theme === value,
    click: () => actions.setTheme(value),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        keyItem('Add Feed…', 'A', rendererKeys.addFeed, actions),
        { label: 'Import OPML…', accelerator: 'CmdOrCtrl+O', click: () => actions.importOpml() },
        { label: 'Export OPML…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportOpml() },
        { type: 'separator' },
        { label: 'Refresh All', accelerator: 'CmdOrCtrl+R', click: () => actions.refresh() },
        { type: 'separator' },
        {
          label: 'Keep Polling When Closed',
          type: 'checkbox',
          checked: closeToTray,
          click: (item) => actions.setCloseToTray(item.checked),
        },
        {
          label: 'Notify About New Posts',
          type: 'checkbox',
          checked: notifications,
          click: (item) => actions.setNotifications(item.checked),
        },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        keyItem('Search', '/', rendererKeys.search, actions),
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [
            themeItem('Follow System', 'system'),
            themeItem('Light', 'light'),
            themeItem('Dark', 'dark'),
          ],
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(context.developer
          ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]
          : []),
      ],
    },
    {
      label: '&Go',
      submenu: [
        keyItem('Next Entry', 'J', rendererKeys.nextEntry, actions),
        keyItem('Previous Entry', 'K', rendererKeys.previousEntry, actions),
        keyItem('Next Feed', 'N', rendererKeys.nextFeed, actions),
        keyItem('Previous Feed', 'P', rendererKeys.previousFeed, actions),
        { type: 'separator' },
        keyItem('Toggle Read', 'M', rendererKeys.toggleRead, actions),
        keyItem('Toggle Star', 'S', rendererKeys.toggleStar, actions),
        keyItem('Open Original', 'O', rendererKeys.openOriginal, actions),
        keyItem('Mark All in View Read', 'Shift+A', rendererKeys.markAllRead, actions),
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [keyItem('Keyboard Shortcuts', 'Shift+/', rendererKeys.shortcuts, actions)],
    },
  );
  return template;
}

/** The tray icon's menu. */
export function trayMenuTemplate(actions: {
  show(): void;
  refresh(): void;
  quit(): void;
}): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Orrery', click: () => actions.show() },
    { label: 'Refresh All', click: () => actions.refresh() },
    { type: 'separator' },
    { label: 'Quit Orrery', click: () => actions.quit() },
  ];
}
