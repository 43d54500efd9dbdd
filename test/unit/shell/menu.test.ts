import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { defaultPreferences } from '../../../shared/api.ts';
import { commandIds, commands, commandSpec } from '../../../shared/commands.ts';
import { menuTemplate, type MenuActions } from '../../../electron/shell/menu.ts';

function record() {
  const calls: string[] = [];
  const actions: MenuActions = {
    importOpml: () => calls.push('importOpml'),
    exportOpml: () => calls.push('exportOpml'),
    backUp: () => calls.push('backUp'),
    refresh: () => calls.push('refresh'),
    runCommand: (id) => calls.push(`command:${id}`),
    setTheme: (theme) => calls.push(`theme:${theme}`),
    setCloseToTray: (on) => calls.push(`closeToTray:${on}`),
    setNotifications: (on) => calls.push(`notifications:${on}`),
  };
  return { calls, actions };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(found, `menu item ${label}`);
  return found;
}

const click = (entry: MenuItemConstructorOptions, checked = false) =>
  (entry.click as unknown as (item: { checked: boolean }) => void)({ checked });

test('File, Edit, View, Go and Help menus exist, with the app menu on macOS only', () => {
  const { actions } = record();
  const linux = menuTemplate(actions, {
    platform: 'linux',
    preferences: defaultPreferences,
    developer: false,
  });
  assert.deepEqual(
    linux.map((entry) => entry.label ?? entry.role),
    ['&File', '&Edit', '&View', '&Go', '&Help'],
  );
  const mac = menuTemplate(actions, {
    platform: 'darwin',
    preferences: defaultPreferences,
    developer: false,
  });
  assert.equal(mac[0]?.role, 'appMenu');
});

test('reading shortcuts are shown but not registered, and send their command to the page', () => {
  const { calls, actions } = record();
  const items = flatten(
    menuTemplate(actions, { platform: 'linux', preferences: defaultPreferences, developer: false }),
  );
  const expected: [string, string][] = [
    ['Next Entry', 'J'],
    ['Previous Entry', 'K'],
    ['Next Feed', 'N'],
    ['Previous Feed', 'P'],
    ['Toggle Read', 'M'],
    ['Toggle Star', 'S'],
    ['Open Original', 'O'],
    ['Mark All in View Read', 'Shift+A'],
    ['Search', '/'],
  ];
  for (const [label, accelerator] of expected) {
    const entry = item(items, label);
    assert.equal(entry.accelerator, accelerator, label);
    // A registered single-letter accelerator would eat that letter while typing in the search box.
    assert.equal(entry.registerAccelerator, false, label);
    click(entry);
  }
  assert.deepEqual(calls, [
    'command:nextEntry',
    'command:previousEntry',
    'command:nextFeed',
    'command:previousFeed',
    'command:toggleRead',
    'command:toggleStar',
    'command:openOriginal',
    'command:markAllRead',
    'command:search',
  ]);
});

test('every command the table places in a menu is there, with its label, once', () => {
  const { calls, actions } = record();
  const items = flatten(
    menuTemplate(actions, { platform: 'linux', preferences: defaultPreferences, developer: false }),
  );
  const placed = commandIds.filter((id) => commandSpec(id).menu);
  assert.ok(placed.length >= 11);
  for (const id of placed) {
    const spec = commandSpec(id);
    const matches = items.filter((entry) => entry.label === spec.label);
    assert.equal(matches.length, 1, spec.label);
    assert.equal(matches[0]?.accelerator, spec.menu?.accelerator, spec.label);
    click(matches[0] as MenuItemConstructorOptions);
  }
  assert.deepEqual(
    calls,
    placed.map((id) => `command:${id}`),
  );
  assert.equal(commands.addFeed.label, 'Add Feed…');
});

test('File menu items call the shell: import, export, refresh and the two background preferences', () => {
  const { calls, actions } = record();
  const items = flatten(
    menuTemplate(actions, { platform: 'linux', preferences: defaultPreferences, developer: false }),
  );
  click(item(items, 'Import OPML…'));
  click(item(items, 'Export OPML…'));
  click(item(items, 'Back Up…'));
  click(item(items, 'Refresh All'));
  click(item(items, 'Keep Polling When Closed'), false);
  click(item(items, 'Notify About New Posts'), true);
  click(item(items, 'Dark'));
  assert.deepEqual(calls, [
    'importOpml',
    'exportOpml',
    'backUp',
    'refresh',
    'closeToTray:false',
    'notifications:true',
    'theme:dark',
  ]);
  assert.equal(item(items, 'Refresh All').accelerator, 'CmdOrCtrl+R');
});

test('the theme radio and the checkboxes show the current preferences', () => {
  const { actions } = record();
  const preferences = { ...defaultPreferences, theme: 'light' as const, closeToTray: false };
  const items = flatten(
    menuTemplate(actions, { platform: 'linux', preferences, developer: false }),
  );
  assert.equal(item(items, 'Light').checked, true);
  assert.equal(item(items, 'Dark').checked, false);
  assert.equal(item(items, 'Keep Polling When Closed').checked, false);
  assert.equal(item(items, 'Notify About New Posts').checked, true);
});

test('developer tools appear only in development', () => {
  const { actions } = record();
  const roles = (developer: boolean) =>
    flatten(
      menuTemplate(actions, { platform: 'linux', preferences: defaultPreferences, developer }),
    ).map((entry) => entry.role);
  assert.ok(roles(true).includes('toggleDevTools'));
  assert.ok(!roles(false).includes('toggleDevTools'));
});

test('Edit > Undo Mark Read sends the undo command (Ctrl/Cmd+Z shown, not registered)', () => {
  const { calls, actions } = record();
  const edit = menuTemplate(actions, {
    platform: 'linux',
    preferences: defaultPreferences,
    developer: false,
  }).find((entry) => entry.label === '&Edit');
  const items = edit?.submenu as MenuItemConstructorOptions[];
  const undo = items.find((item) => item.label === 'Undo Mark Read')!;
  assert.equal(undo.accelerator, 'CmdOrCtrl+Z');
  assert.equal(undo.registerAccelerator, false);
  click(undo);
  assert.equal(calls.at(-1), 'command:undo');
  assert.ok(items.some((item) => item.role === 'copy'));
});
