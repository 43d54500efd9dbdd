// Identity keys of pruned posts (tombstones). A post that retention removed but that its feed
// still carries must stay gone, not come back as a new unread post on the next refresh.
import type { DatabaseSync } from 'node:sqlite';

export function prunedKeyQueries(db: DatabaseSync) {
  const lookup = db.prepare('SELECT 1 FROM pruned_keys WHERE key = ?');
  const touch = db.prepare('UPDATE pruned_keys SET seen_at = ? WHERE key = ? AND seen_at < ?');
  const any = db.prepare('SELECT 1 FROM pruned_keys LIMIT 1');
  let maybeEmpty = true;
  let empty = true;

  /** Whether a post with these keys was pruned; marks its tombstone as still carried. */
  function wasPruned(keys: readonly string[], nowIso: string): boolean {
    // Most stores never pruned anything: one look per call, not one per key.
    if (maybeEmpty) {
      empty = any.get() === undefined;
      maybeEmpty = false;
    }
    if (empty) return false;
    for (const key of keys) {
      if (lookup.get(key)) {
        // At most one write a day per tombstone.
        touch.run(nowIso, key, nowIso.slice(0, 10));
        return true;
      }
    }
    return false;
  }

  return {
    wasPruned,
    /** Called at the start of each savePosts call: another process may have pruned meanwhile. */
    recheck(): void {
      maybeEmpty = true;
    },
  };
}
