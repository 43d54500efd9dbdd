// Preferences in the data directory: one JSON file, 0600, written whole or not at all, read back
// as hostile input (each bad value falls back alone), and noticed when another process writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPreferences } from '../../../../shared/api.ts';
import {
  openPreferencesFile,
  preferencesFileName,
} from '../../../../electron/engine/preferences/preferencesFile.ts';
import { tempDir } from '../../../support/fixtures.ts';

test('a new directory has the defaults; a change is written whole, 0600, with no temp file left', () => {
  const dir = tempDir();
  try {
    const file = openPreferencesFile(dir.path);
    assert.deepEqual(file.get(), defaultPreferences);
    assert.equal(file.isNew(), true);
    const next = file.set({ theme: 'light', collapsedFolders: [4] });
    assert.equal(next.theme, 'light');
    const path = join(dir.path, preferencesFileName);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), next);
    assert.deepEqual(readdirSync(dir.path), [preferencesFileName]);
    assert.deepEqual(openPreferencesFile(dir.path).get(), next);
  } finally {
    dir.dispose();
  }
});

test('an invalid change throws and changes nothing', () => {
  const dir = tempDir();
  try {
    const file = openPreferencesFile(dir.path);
    file.set({ pollIntervalMinutes: 30 });
    assert.throws(() => file.set({ pollIntervalMinutes: 2 }));
    assert.equal(openPreferencesFile(dir.path).get().pollIntervalMinutes, 30);
  } finally {
    dir.dispose();
  }
});

test('a corrupt file means defaults; one bad value falls back alone', () => {
  const dir = tempDir();
  try {
    const path = join(dir.path, preferencesFileName);
    writeFileSync(path, '{ not json');
    assert.deepEqual(openPreferencesFile(dir.path).get(), defaultPreferences);
    writeFileSync(path, JSON.stringify({ theme: 'dark', pollIntervalMinutes: 'often', extra: 1 }));
    const read = openPreferencesFile(dir.path).get();
    assert.equal(read.theme, 'dark');
    assert.equal(read.pollIntervalMinutes, defaultPreferences.pollIntervalMinutes);
    assert.equal('extra' in read, false);
  } finally {
    dir.dispose();
  }
});

test('a write by another process is noticed once', () => {
  const dir = tempDir();
  try {
    const mine = openPreferencesFile(dir.path);
    assert.equal(mine.reloadIfChanged(), null);
    openPreferencesFile(dir.path).set({ notifications: false });
    assert.equal(mine.reloadIfChanged()?.notifications, false);
    assert.equal(mine.reloadIfChanged(), null);
    assert.equal(mine.get().notifications, false);
  } finally {
    dir.dispose();
  }
});
