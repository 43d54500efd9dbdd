// The native menu. Commands the renderer runs (j/k, n/p, m, s, o, Shift+A, /, ?, Add Feed…) come
// from the one command table in shared/commands.ts: their single-key accelerators are shown
// without being registered with the system (a registered letter would be swallowed while typing in
// the search box) and, when clicked, the menu sends the command's id to the page.
import type { MenuItemConstructorOptions } from 'electron';
import type { Preferences } from '../../shared/api.ts';
import {
  commandSpec,
  commandsInMenu,
  type CommandId,
  type MenuName,
} from '../../shared/commands.ts';

export interface MenuActions {
  importOpml(): void;
  exportOpml(): void;
  /** File › Back Up…: a consistent copy of the database (issue 8). */
  backUp(): void;
  refresh(): void;
  /** Runs a command of shared/commands.ts in the renderer. */
  runCommand(id: CommandId): void;
  setTheme(theme: Preferences['theme']): void;
  setCloseToTray(on: boolean): void;
  setNotifications(on: boolean): void;
}

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  readonly preferences: Preferences;
  readonly developer: boolean;
}

/** The table's commands for one menu, with a separator between sections. */
function commandItems(menu: MenuName, actions: MenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let section: number | undefined;
  for (const { id, placement } of commandsInMenu(menu)) {
    if (items.length > 0 && placement.section !== section) items.push({ type: 'separator' });
    section = placement.section;
    items.push({
      label: commandSpec(id).label,
      accelerator: placement.accelerator,
      registerAccelerator: placement.register ?? false,
      click: () => actions.runCommand(id),
    });
  }
  return items;
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
        ...commandItems('file', actions),
        { label: 'Import OPML…', accelerator: 'CmdOrCtrl+O', click: () => actions.importOpml() },
        { label: 'Export OPML…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportOpml() },
        { label: 'Back Up…', click: () => actions.backUp() },
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
    {
      // Undo here is the reader's (read marks); text fields keep their own Ctrl/Cmd+Z.
      label: '&Edit',
      submenu: [
        ...commandItems('edit', actions),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...commandItems('view', actions),
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
      submenu: commandItems('go', actions),
    },
    {
      label: '&Help',
      role: 'help',
      submenu: commandItems('help', actions),
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
