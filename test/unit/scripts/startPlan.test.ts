// npm start's decision: the desktop app where Electron can run, else the browser preview; and
// whether (and how) to open the system browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserCommand, hasDisplay, planStart } from '../../../scripts/startPlan.ts';

test('Linux without DISPLAY or WAYLAND_DISPLAY starts the preview, binary or not', () => {
  for (const binaryPresent of [true, false]) {
    const plan = planStart({ platform: 'linux', env: {}, binaryPresent });
    assert.equal(plan.face, 'preview');
    assert.match(plan.face === 'preview' ? plan.reason : '', /no display/);
  }
});

test('a display without the binary starts the preview and says why', () => {
  const plan = planStart({ platform: 'linux', env: { DISPLAY: ':0' }, binaryPresent: false });
  assert.equal(plan.face, 'preview');
  assert.match(plan.face === 'preview' ? plan.reason : '', /binary is not installed/);
});

test('a display and the binary start the desktop app, on every platform', () => {
  assert.deepEqual(
    planStart({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, binaryPresent: true }),
    { face: 'electron' },
  );
  assert.deepEqual(planStart({ platform: 'darwin', env: {}, binaryPresent: true }), {
    face: 'electron',
  });
  assert.deepEqual(planStart({ platform: 'win32', env: {}, binaryPresent: true }), {
    face: 'electron',
  });
  assert.equal(hasDisplay('linux', { DISPLAY: '' }), false);
});

test('the system browser opens with the platform’s opener, never in CI or tests', () => {
  const url = 'http://127.0.0.1:1234/t/t/';
  assert.deepEqual(browserCommand(url, 'linux', { DISPLAY: ':0' }), {
    command: 'xdg-open',
    args: [url],
  });
  assert.deepEqual(browserCommand(url, 'darwin', {}), { command: 'open', args: [url] });
  assert.equal(browserCommand(url, 'win32', {})?.command, 'cmd');
  assert.equal(browserCommand(url, 'linux', {}), null, 'no display, no browser');
  assert.equal(browserCommand(url, 'darwin', { CI: 'true' }), null);
  assert.equal(browserCommand(url, 'darwin', { ORRERY_NO_BROWSER: '1' }), null);
});
