// Checks the search-index tests share: what a search finds, and a table's row count read from the
// file by its own read-only connection.
import { DatabaseSync } from 'node:sqlite';
import type { Store } from '../../electron/engine/store/index.ts';

/** The ids of the posts a search lists, in order. */
export const found = (store: Store, search: string): number[] =>
  store
    .listEntries({ search, limit: 1000 })
    .entries.map((row) => row.id)
    .sort((a, b) => a - b);

/** The rows of `table` in the database file. */
export const count = (file: string, table: string): number => {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
