// On POSIX the data directory is created 0700 and the database, -wal and -shm files are 0600.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openReader } from '../../../electron/engine/reader.ts';
import { tempDir } from '../../support/fixtures.ts';

const posix = process.platform !== 'win32';
const modeOf = (path: string): number => statSync(path).mode & 0o777;

test(
  'a new data directory is 0700; the database and its -wal and -shm are 0600',
  { skip: !posix },
  async () => {
    const parent = tempDir();
    const previousUmask = process.umask(0o022);
    try {
      const dataDir = join(parent.path, 'nested', 'Orrery');
      const reader = await openReader({ dataDir, firstRunFeeds: [], parseWorkerUrl: null });
      try {
        await reader.listFeeds({});
        assert.equal(modeOf(dataDir).toString(8), '700');
        assert.equal(modeOf(join(parent.path, 'nested')).toString(8), '700');
        for (const file of ['orrery.sqlite', 'orrery.sqlite-wal', 'orrery.sqlite-shm']) {
          assert.equal(modeOf(join(dataDir, file)).toString(8), '600', file);
        }
      } finally {
        await reader.close();
      }
    } finally {
      process.umask(previousUmask);
      parent.dispose();
    }
  },
);

test(
  'a database left world-readable by an older version is brought to 0600',
  { skip: !posix },
  async () => {
    const dataDir = tempDir();
    try {
      const file = join(dataDir.path, 'orrery.sqlite');
      writeFileSync(file, '');
      chmodSync(file, 0o644);
      const reader = await openReader({
        dataDir: dataDir.path,
        firstRunFeeds: [],
        parseWorkerUrl: null,
      });
      await reader.close();
      assert.equal(modeOf(file).toString(8), '600');
    } finally {
      dataDir.dispose();
    }
  },
);
