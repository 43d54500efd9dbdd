import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultWindowSize, windowOptions } from '../../../electron/shell/windowOptions.ts';
import { layoutFor, minimumWindowWidth } from '../../../shared/layout.ts';

test('the window runs the page isolated, sandboxed and without Node', () => {
  const prefs = windowOptions('/app/dist/electron/preload.cjs').webPreferences;
  assert.ok(prefs);
  assert.equal(prefs.preload, '/app/dist/electron/preload.cjs');
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.experimentalFeatures, false);
  assert.equal(prefs.navigateOnDragDrop, false);
});

test('developer tools are off unless asked for', () => {
  assert.equal(windowOptions('/p').webPreferences?.devTools, false);
  assert.equal(windowOptions('/p', undefined, { devTools: true }).webPreferences?.devTools, true);
});

test('the window is shown only when ready, at the saved bounds or a default size', () => {
  const fresh = windowOptions('/p');
  assert.equal(fresh.show, false);
  assert.equal(fresh.width, defaultWindowSize.width);
  assert.equal(fresh.height, defaultWindowSize.height);
  assert.equal(fresh.x, undefined);
  const restored = windowOptions('/p', { x: 10, y: 20, width: 900, height: 700 });
  assert.deepEqual([restored.x, restored.y, restored.width, restored.height], [10, 20, 900, 700]);
});

test("the minimum width is the narrow layout's (list and article take turns), never a clipped one", () => {
  const options = windowOptions('/p.cjs');
  assert.equal(options.minWidth, minimumWindowWidth);
  assert.equal(layoutFor(options.minWidth ?? 0), 'narrow');
  assert.equal(layoutFor(900), 'medium');
  assert.equal(layoutFor(1280), 'wide');
});
