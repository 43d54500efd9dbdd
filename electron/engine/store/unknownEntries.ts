// Marking posts is all or nothing (the issue-2 rule "nothing half-done"): a list of ids with one
// that names no post changes no post, and the caller learns which ids were unknown.
import type { DatabaseSync } from 'node:sqlite';

export class UnknownEntriesError extends Error {
  override name = 'UnknownEntriesError';
  readonly ids: readonly number[];
  constructor(ids: readonly number[]) {
    const named = ids.slice(0, 5).join(', ') + (ids.length > 5 ? ' …' : '');
    super(
      `${ids.length === 1 ? 'There is no entry' : 'There are no entries'} ${named}; nothing was changed.`,
    );
    this.ids = ids;
  }
}

/** A check to run inside the marking transaction: throws when any id (a JSON array) names no post. */
export function unknownEntriesCheck(db: DatabaseSync): (idsJson: string) => void {
  const unknown = db.prepare(
    `SELECT DISTINCT value AS id FROM json_each(?)
     WHERE NOT EXISTS (SELECT 1 FROM entries WHERE entries.id = value) LIMIT 6`,
  );
  return (idsJson) => {
    const rows = unknown.all(idsJson) as { id: number }[];
    if (rows.length) throw new UnknownEntriesError(rows.map((row) => row.id));
  };
}
