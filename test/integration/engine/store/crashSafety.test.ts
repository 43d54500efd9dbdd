// kill -9 in the middle of writing must never cost an acknowledged read/starred change or
// leave a damaged database (WAL, one transaction per call, synchronous=NORMAL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../../../electron/engine/store/index.ts';
import {
  acknowledgedMarks,
  integrityCheck,
  runUntilKilled,
} from '../../../support/crashHarness.ts';
import { tempDir } from '../../../support/fixtures.ts';

const writer = new URL('./crashWriter.ts', import.meta.url).pathname;

const runAndKill = (file: string, acknowledgedLines: number): Promise<string[]> =>
  runUntilKilled(writer, file, (_line, lines) => lines.length >= acknowledgedLines);

test('after kill -9 mid-run the database is intact and every acknowledged change is there', async () => {
  const dir = tempDir('orrery-crash-');
  try {
    const file = join(dir.path, 'orrery.sqlite');
    // Twice: the second run writes on top of a database recovered from the first crash.
    const lines = [...(await runAndKill(file, 120)), ...(await runAndKill(file, 90))];
    const { read, starred } = acknowledgedMarks(lines);
    assert.ok(read.size >= 500, `expected many acknowledged reads, got ${read.size}`);
    assert.deepEqual(integrityCheck(file), ['ok']);

    const store = openStore(file);
    try {
      const state = new Map(
        store.listEntries({ limit: 10_000 }).entries.map((row) => [row.id, row]),
      );
      for (const id of read) assert.equal(state.get(id)?.read, true, `read ${id} lost`);
      for (const id of starred) assert.equal(state.get(id)?.starred, true, `star ${id} lost`);
      // The maintained counters agree with the rows after the crash.
      const unread = [...state.values()].filter((row) => !row.read).length;
      assert.equal(store.unreadCounts().allUnread, unread);
      assert.equal(store.feedSummaries()[0]?.unread, unread);
      assert.equal(
        store.unreadCounts().starred,
        [...state.values()].filter((row) => row.starred).length,
      );
    } finally {
      store.close();
    }
  } finally {
    dir.dispose();
  }
});
