// Tombstones (pruned_keys) no feed has carried for a year are forgotten by the pruner, which
// walks the keys in order a window per step (store/forgetTombstones.ts): every old one goes,
// every recent one stays, however many steps the walk takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { freshStore } from './storeHelpers.ts';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

test('the pruner forgets tombstones unseen for a year, in windows, and keeps the rest', () => {
  const opened = freshStore();
  try {
    const side = new DatabaseSync(opened.file);
    const insert = side.prepare(
      'INSERT INTO pruned_keys (key, pruned_at, seen_at) VALUES (?, ?, ?)',
    );
    side.exec('BEGIN');
    for (let i = 0; i < 3000; i += 1) {
      // Every third key was last seen 400 days ago, the others 10 days ago.
      const seen = i % 3 === 0 ? daysAgo(400) : daysAgo(10);
      insert.run(`guid:https://t.example/?p=${i}`, daysAgo(500), seen);
    }
    side.exec('COMMIT');
    const index = side
      .prepare("SELECT name FROM sqlite_schema WHERE name = 'pruned_keys_seen'")
      .get();
    assert.equal(index, undefined, 'no index on seen_at');
    side.close();

    const pruner = opened.store.createPruner({ keepReadDays: 90, maxPerFeed: 1000 }, now);
    let steps = 0;
    while (pruner.step(10)) steps += 1;
    assert.ok(steps > 10, `walked in many windows (${steps} steps)`);
    assert.equal(pruner.tally.tombstonesForgotten, 1000);

    const db = new DatabaseSync(opened.file, { readOnly: true });
    const left = db.prepare('SELECT key, seen_at FROM pruned_keys').all() as {
      key: string;
      seen_at: string;
    }[];
    db.close();
    assert.equal(left.length, 2000);
    assert.ok(left.every((row) => row.seen_at === daysAgo(10)));
  } finally {
    opened.dispose();
  }
});
