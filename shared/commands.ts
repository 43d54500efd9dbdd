// The one command table: every command a person can give the reader, with its label, the keys the
// renderer answers to, where the desktop menu shows it and how the "?" sheet explains it. The
// renderer's keyboard handling and electron/shell/menu.ts both read this table; the menu sends the
// command's id to the renderer (the `menuCommand` event), which runs it as if the key was pressed.
// No dependencies, so the preload and the shell can import it as freely as the renderer.

/** A key the renderer answers to, with no modifier but (maybe) Shift. */
export interface KeyBinding {
  readonly key: string;
  readonly shift?: boolean;
  /** With Ctrl (Cmd on a Mac). */
  readonly mod?: boolean;
}

export type MenuName = 'file' | 'edit' | 'view' | 'go' | 'help';

export interface MenuPlacement {
  readonly in: MenuName;
  /** Shown beside the item. Single keys are shown only, never registered with the system (a
   * registered letter would be swallowed while typing in a text field). */
  readonly accelerator: string;
  readonly register?: boolean;
  /** Items of one menu are grouped by section, with a separator between sections. */
  readonly section?: number;
}

export interface CommandSpec {
  /** The menu label and the command's name for people. */
  readonly label: string;
  readonly keys: readonly KeyBinding[];
  readonly menu?: MenuPlacement;
  /** The "?" sheet's line for this command (a pair like j / k is described once). */
  readonly sheet?: { readonly keys: string; readonly does: string };
}

export const commands = {
  nextEntry: {
    label: 'Next Entry',
    keys: [{ key: 'j' }],
    menu: { in: 'go', accelerator: 'J' },
    sheet: { keys: 'j / k', does: 'Next / previous entry (opens it and marks it read)' },
  },
  previousEntry: {
    label: 'Previous Entry',
    keys: [{ key: 'k' }],
    menu: { in: 'go', accelerator: 'K' },
  },
  nextFeed: {
    label: 'Next Feed',
    keys: [{ key: 'n' }],
    menu: { in: 'go', accelerator: 'N' },
    sheet: { keys: 'n / p', does: 'Next / previous feed' },
  },
  previousFeed: {
    label: 'Previous Feed',
    keys: [{ key: 'p' }],
    menu: { in: 'go', accelerator: 'P' },
  },
  pageArticle: {
    label: 'Page Down',
    keys: [{ key: ' ' }],
    sheet: { keys: 'Space', does: 'Page down the article, then the next entry' },
  },
  toggleRead: {
    label: 'Toggle Read',
    keys: [{ key: 'm' }],
    menu: { in: 'go', accelerator: 'M', section: 1 },
    sheet: { keys: 'm', does: 'Mark read / unread' },
  },
  toggleStar: {
    label: 'Toggle Star',
    keys: [{ key: 's' }],
    menu: { in: 'go', accelerator: 'S', section: 1 },
    sheet: { keys: 's', does: 'Star / unstar' },
  },
  openOriginal: {
    label: 'Open Original',
    keys: [{ key: 'o' }, { key: 'Enter' }],
    menu: { in: 'go', accelerator: 'O', section: 1 },
    sheet: { keys: 'o or Enter', does: 'Open the original in the browser' },
  },
  fullArticle: {
    label: 'Full Article',
    keys: [{ key: 'f' }],
    menu: { in: 'view', accelerator: 'F', section: 1 },
    sheet: {
      keys: 'f',
      does: 'Fetch the full article from the post’s page / back to the feed’s version',
    },
  },
  refresh: {
    label: 'Refresh',
    keys: [{ key: 'r' }],
    sheet: { keys: 'r', does: 'Refresh all feeds' },
  },
  markAllRead: {
    label: 'Mark All in View Read',
    keys: [{ key: 'A', shift: true }],
    menu: { in: 'go', accelerator: 'Shift+A', section: 1 },
    sheet: { keys: 'Shift+A', does: 'Mark everything in view read' },
  },
  undo: {
    label: 'Undo Mark Read',
    keys: [{ key: 'z', mod: true }],
    menu: { in: 'edit', accelerator: 'CmdOrCtrl+Z' },
    sheet: { keys: 'Ctrl+Z', does: 'Undo the last mark read / unread (again: the one before)' },
  },
  search: {
    label: 'Search',
    keys: [{ key: '/' }],
    menu: { in: 'view', accelerator: '/' },
    sheet: { keys: '/', does: 'Search' },
  },
  addFeed: {
    label: 'Add Feed…',
    keys: [{ key: 'a' }],
    menu: { in: 'file', accelerator: 'A' },
    sheet: { keys: 'a', does: 'Add a feed (moves to the address field)' },
  },
  showShortcuts: {
    label: 'Keyboard Shortcuts',
    keys: [{ key: '?', shift: true }, { key: '?' }],
    menu: { in: 'help', accelerator: 'Shift+/' },
    sheet: { keys: '?', does: 'Show this sheet' },
  },
  newFolder: {
    label: 'New folder…',
    keys: [],
    menu: { in: 'file', accelerator: 'CmdOrCtrl+Shift+N', register: true },
  },
  importOpml: { label: 'Import OPML…', keys: [] },
  exportOpml: { label: 'Export OPML…', keys: [] },
  settings: {
    label: 'Settings',
    keys: [{ key: ',' }],
    menu: { in: 'file', accelerator: 'CmdOrCtrl+,', register: true, section: 1 },
    sheet: { keys: ',', does: 'Settings' },
  },
  close: {
    label: 'Close',
    keys: [{ key: 'Escape' }],
    sheet: { keys: 'Esc', does: 'Close this sheet, leave the search box' },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof commands;
export const commandIds = Object.keys(commands) as CommandId[];

/** The table as plain specs (the literal types above are only for the ids). */
export const commandSpec = (id: CommandId): CommandSpec => commands[id];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(commands, value);
}

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** The command a key press gives, or null. Ctrl, Cmd and Alt combinations belong to the system,
 * but for the few bound with `mod` (Ctrl or Cmd). */
export function commandForKey(press: KeyPress): CommandId | null {
  if (press.altKey) return null;
  const mod = press.ctrlKey || press.metaKey;
  for (const id of commandIds) {
    const bound = commandSpec(id).keys.some(
      (binding) =>
        binding.key === press.key &&
        (binding.shift ?? false) === press.shiftKey &&
        (binding.mod ?? false) === mod,
    );
    if (bound) return id;
  }
  return null;
}

/** The commands one desktop menu shows, in table order. */
export function commandsInMenu(menu: MenuName): { id: CommandId; placement: MenuPlacement }[] {
  return commandIds.flatMap((id) => {
    const placement = commandSpec(id).menu;
    return placement?.in === menu ? [{ id, placement }] : [];
  });
}

/** The "?" sheet, in table order. */
export const shortcutSheet: readonly { keys: string; does: string }[] = commandIds.flatMap((id) => {
  const sheet = commandSpec(id).sheet;
  return sheet ? [sheet] : [];
});
