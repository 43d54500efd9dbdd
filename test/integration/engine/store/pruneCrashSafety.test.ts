// kill -9 in the middle of pruning: the database is intact, every acknowledged star is there,
// every acknowledged read mark is there or its post was pruned with its identity kept, and the
// maintained counters agree with the rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { openStore } from '../../../../electron/engine/store/index.ts';
import {
  acknowledgedMarks,
  integrityCheck,
  runUntilKilled,
} from '../../../support/crashHarness.ts';
import { tempDir } from '../../../support/fixtures.ts';

const writer = new URL('./pruneCrashWriter.ts', import.meta.url).pathname;

/** Runs the writer and kills it after `steps` prune steps; returns the lines it acknowledged. */
function killMidPrune(file: string, steps: number): Promise<string[]> {
  let seen = 0;
  return runUntilKilled(
    writer,
    file,
    (line) => (line === 'step' && ++seen === steps) || line === 'done',
  );
}

test('after kill -9 mid-prune: integrity ok, no acknowledged mark lost, counters right', async () => {
  const dir = tempDir('orrery-prune-crash-');
  try {
    const file = join(dir.path, 'orrery.sqlite');
    const lines = await killMidPrune(file, 40);
    assert.ok(!lines.includes('done'), 'killed while pruning');
    const { read, starred } = acknowledgedMarks(lines);
    assert.deepEqual(integrityCheck(file), ['ok']);

    const db = new DatabaseSync(file);
    const prunedCount = (db.prepare('SELECT count(*) AS n FROM pruned_keys').get() as { n: number })
      .n;
    // Steps run with cascades off: the step in flight is rolled back whole, nothing dangles.
    assert.deepEqual(db.prepare('PRAGMA foreign_key_check').all(), []);
    assert.equal(db.prepare('SELECT count(*) AS n FROM prune_batch').get()?.n, 0);
    db.close();
    assert.ok(prunedCount > 0, 'some posts were pruned before the kill');

    const store = openStore(file);
    try {
      const rows = new Map(store.listEntries({ limit: 10_000 }).entries.map((r) => [r.id, r]));
      for (const id of starred) assert.equal(rows.get(id)?.starred, true, `star ${id} lost`);
      const db2 = new DatabaseSync(file, { readOnly: true });
      for (const id of read) {
        const row = rows.get(id);
        if (row) assert.equal(row.read, true, `read ${id} lost`);
        else {
          // Pruned: its identity stays, so it can never come back unread.
          const round = Math.floor((id - 1) / 50);
          const key = `guid:https://prune-crash.example/?p=${round}-${(id - 1) % 50}`;
          assert.ok(db2.prepare('SELECT 1 FROM pruned_keys WHERE key = ?').get(key), `${id} lost`);
        }
      }
      db2.close();
      const all = [...rows.values()];
      assert.equal(store.unreadCounts().allUnread, all.filter((r) => !r.read).length);
      assert.equal(store.unreadCounts().starred, all.filter((r) => r.starred).length);
      assert.equal(store.feedSummaries()[0]?.total, all.length);
      assert.equal(store.feedSummaries()[0]?.unread, all.filter((r) => !r.read).length);
    } finally {
      store.close();
    }
  } finally {
    dir.dispose();
  }
});
