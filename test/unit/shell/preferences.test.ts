import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPreferences } from '../../../shared/api.ts';
import {
  mergePreferences,
  readPreferences,
  restoreBounds,
} from '../../../electron/shell/preferences.ts';

test('nothing stored yet gives the defaults', () => {
  assert.deepEqual(readPreferences(undefined), defaultPreferences);
  assert.deepEqual(readPreferences('garbage'), defaultPreferences);
});

test('a bad stored value falls back to its default and keeps the good ones', () => {
  const read = readPreferences({
    theme: 'dark',
    paneWidths: [5, 99999],
    pollIntervalMinutes: 'often',
    closeToTray: false,
  });
  assert.deepEqual(read, { ...defaultPreferences, theme: 'dark', closeToTray: false });
});

test('an update is merged and validated', () => {
  const next = mergePreferences(defaultPreferences, { paneWidths: [300, 500] });
  assert.deepEqual(next.paneWidths, [300, 500]);
  assert.equal(next.theme, defaultPreferences.theme);
  assert.throws(() => mergePreferences(defaultPreferences, { pollIntervalMinutes: 1 }));
});

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

test('saved bounds on a current screen are reused', () => {
  const bounds = { x: 100, y: 80, width: 1200, height: 800 };
  assert.deepEqual(restoreBounds(bounds, [screen]), bounds);
});

test('bounds left on an unplugged monitor are dropped, so the window opens where it can be seen', () => {
  assert.equal(restoreBounds({ x: 2500, y: 100, width: 1200, height: 800 }, [screen]), undefined);
  assert.equal(restoreBounds({ x: 100, y: -700, width: 1200, height: 800 }, [screen]), undefined);
  const second = { x: 1920, y: 0, width: 2560, height: 1440 };
  assert.ok(restoreBounds({ x: 2500, y: 100, width: 1200, height: 800 }, [screen, second]));
});

test('malformed saved bounds are ignored', () => {
  for (const saved of [
    null,
    'x',
    { x: 1, y: 2 },
    { x: 0, y: 0, width: 10, height: 10 },
    { x: NaN, y: 0, width: 800, height: 600 },
  ]) {
    assert.equal(restoreBounds(saved, [screen]), undefined);
  }
});
