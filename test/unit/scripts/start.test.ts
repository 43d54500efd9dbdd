// How npm start finds Electron's binary: the way the electron package does (path.txt naming a
// file under dist/, or under ELECTRON_OVERRIDE_DIST_PATH), and null when it is not there.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findElectronBinary, missingBinaryMessage } from '../../../scripts/start.ts';
import { tempDir } from '../../support/fixtures.ts';

test('an electron package without path.txt has no binary (never downloaded)', () => {
  const dir = tempDir('orrery-electron-');
  try {
    assert.equal(findElectronBinary(dir.path, {}), null);
  } finally {
    dir.dispose();
  }
});

test('path.txt names the executable under dist/; it counts only if the file exists', () => {
  const dir = tempDir('orrery-electron-');
  try {
    writeFileSync(join(dir.path, 'path.txt'), 'electron');
    assert.equal(findElectronBinary(dir.path, {}), null);
    mkdirSync(join(dir.path, 'dist'));
    writeFileSync(join(dir.path, 'dist', 'electron'), '');
    assert.equal(findElectronBinary(dir.path, {}), join(dir.path, 'dist', 'electron'));
  } finally {
    dir.dispose();
  }
});

test('ELECTRON_OVERRIDE_DIST_PATH points at another unpacked Electron', () => {
  const dir = tempDir('orrery-electron-');
  try {
    writeFileSync(join(dir.path, 'path.txt'), 'electron');
    mkdirSync(join(dir.path, 'elsewhere'));
    writeFileSync(join(dir.path, 'elsewhere', 'electron'), '');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: join(dir.path, 'elsewhere') };
    assert.equal(findElectronBinary(dir.path, env), join(dir.path, 'elsewhere', 'electron'));
  } finally {
    dir.dispose();
  }
});

test('the message for a missing binary is one sentence pointing to the preview', () => {
  assert.match(missingBinaryMessage, /^[^.!?\n]+\(same engine and UI\)\.$/);
  assert.match(missingBinaryMessage, /npm run preview/);
  assert.ok(!missingBinaryMessage.includes('\n'));
});
