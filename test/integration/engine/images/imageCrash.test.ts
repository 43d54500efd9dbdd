// kill -9 while images are being cached must leave the database intact, keep every acknowledged
// read mark, and never leave an index row naming a file that is not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { tempDir } from '../../../support/fixtures.ts';
import {
  acknowledgedMarks,
  integrityCheck,
  runUntilKilled,
} from '../../../support/crashHarness.ts';
import { readFlagSql } from '../../../../electron/engine/store/readState.ts';

const writer = new URL('./imageCrashWriter.ts', import.meta.url).pathname;

/** Runs the writer until it has acknowledged `count` lines (the first names its server's port). */
const runAndKill = (dataDir: string, count: number, port = 0) =>
  runUntilKilled(writer, dataDir, (_line, lines) => lines.length >= count, [String(port)]);

test('kill -9 during image caching: integrity ok, acknowledged marks kept, every cached row has its file', async () => {
  const dir = tempDir('orrery-image-crash-');
  try {
    const first = await runAndKill(dir.path, 40);
    const port = Number(first[0]?.split(' ')[1]);
    const lines = [...first, ...(await runAndKill(dir.path, 30, port))];
    const { read } = acknowledgedMarks(lines);
    assert.ok(read.size >= 50, `expected many acknowledged reads, got ${read.size}`);

    const file = join(dir.path, 'orrery.sqlite');
    assert.deepEqual(integrityCheck(file), ['ok']);
    const db = new DatabaseSync(file);
    try {
      const unread = db.prepare(`SELECT ${readFlagSql('?1')} AS read`);
      for (const id of read) {
        assert.equal((unread.get(id) as { read: number } | undefined)?.read, 1, `read ${id} lost`);
      }
      const cached = db.prepare("SELECT hash FROM images WHERE status = 'ok'").all() as {
        hash: string;
      }[];
      assert.ok(cached.length > 0, 'some images were cached before the kill');
      for (const { hash } of cached) {
        assert.ok(existsSync(join(dir.path, 'images', hash.slice(0, 2), hash)), `file ${hash}`);
      }
    } finally {
      db.close();
    }
  } finally {
    dir.dispose();
  }
});
