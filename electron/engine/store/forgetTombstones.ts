// Forgetting tombstones (pruned_keys) that no feed has carried for a long time, by walking the
// keys in order, a window per step, instead of through an index on seen_at: that index had to
// take every pruned key too, and cost about a sixth of a large prune (prunedKeysSchema.ts).
import type { DatabaseSync } from 'node:sqlite';

export function tombstoneForgetting(db: DatabaseSync) {
  const window = db.prepare(
    `SELECT max(key) AS last, count(*) AS n
     FROM (SELECT key FROM pruned_keys WHERE key > ? ORDER BY key LIMIT ?)`,
  );
  const forgetIn = db.prepare('DELETE FROM pruned_keys WHERE key > ? AND key <= ? AND seen_at < ?');

  /**
   * Forgets the tombstones last seen before `before` among the `size` keys after `afterKey`:
   * how many went, and the key to go on after (null once every key was walked).
   */
  return function forgetWindow(
    afterKey: string,
    size: number,
    before: string,
  ): { forgotten: number; next: string | null } {
    const { last, n } = window.get(afterKey, size) as { last: string | null; n: number };
    if (last === null) return { forgotten: 0, next: null };
    const forgotten = Number(forgetIn.run(afterKey, last, before).changes);
    return { forgotten, next: n < size ? null : last };
  };
}
