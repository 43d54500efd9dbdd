// read_state (store/readState.ts) against the posts it stands for: one `posts` bit per stored
// post, no row without any.
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';

export function assertReadStateMatchesPosts(file: string): void {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const kept = db.prepare('SELECT block, posts FROM read_state ORDER BY block');
    kept.setReadBigInts(true);
    const truth = db.prepare(
      `SELECT id >> 6 AS block, sum(1 << (id & 63)) AS posts FROM entries
         GROUP BY id >> 6 ORDER BY block`,
    );
    truth.setReadBigInts(true);
    assert.deepEqual(kept.all(), truth.all());
  } finally {
    db.close();
  }
}
