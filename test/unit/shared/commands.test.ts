import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  commandForKey as commandFor,
  shortcutSheet,
  type KeyPress,
} from '../../../shared/commands.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

test('Google Reader keys map to their commands', () => {
  const table: [KeyPress, string][] = [
    [press('j'), 'nextEntry'],
    [press('k'), 'previousEntry'],
    [press('n'), 'nextFeed'],
    [press('p'), 'previousFeed'],
    [press(' '), 'pageArticle'],
    [press('m'), 'toggleRead'],
    [press('s'), 'toggleStar'],
    [press('o'), 'openOriginal'],
    [press('Enter'), 'openOriginal'],
    [press('r'), 'refresh'],
    [press('A', { shiftKey: true }), 'markAllRead'],
    [press('/'), 'search'],
    [press('a'), 'addFeed'],
    [press('?', { shiftKey: true }), 'showShortcuts'],
  ];
  for (const [key, command] of table) assert.equal(commandFor(key), command, key.key);
});

test('browser and system shortcuts (Ctrl+R, Cmd+S, Alt+N, Ctrl+A) are left alone', () => {
  assert.equal(commandFor(press('r', { ctrlKey: true })), null);
  assert.equal(commandFor(press('s', { metaKey: true })), null);
  assert.equal(commandFor(press('n', { altKey: true })), null);
  assert.equal(commandFor(press('a', { ctrlKey: true })), null);
  assert.equal(commandFor(press('J', { shiftKey: true })), null);
});

test('Ctrl+Z and Cmd+Z undo; a plain z or Alt+Ctrl+Z does not', () => {
  assert.equal(commandFor(press('z', { ctrlKey: true })), 'undo');
  assert.equal(commandFor(press('z', { metaKey: true })), 'undo');
  assert.equal(commandFor(press('z')), null);
  assert.equal(commandFor(press('z', { ctrlKey: true, altKey: true })), null);
});

test('the shortcut sheet lists every key', () => {
  const keys = shortcutSheet.map((line) => line.keys).join(' ');
  for (const key of [
    'j',
    'k',
    'n',
    'p',
    'Space',
    'm',
    's',
    'o',
    'Enter',
    'r',
    'Shift+A',
    '/',
    'a',
    '?',
  ]) {
    assert.ok(keys.includes(key), key);
  }
});

test("a (the desktop menu's Add Feed… sends it) and Shift+A are different commands", () => {
  assert.equal(commandFor(press('a')), 'addFeed');
  assert.equal(commandFor(press('A', { shiftKey: true })), 'markAllRead');
  assert.ok(shortcutSheet.some((line) => line.keys === 'a' && /Add a feed/.test(line.does)));
});
