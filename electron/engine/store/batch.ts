// Many small writes, one commit. A refresh stores each feed as it arrives; committing each one
// cost more than storing it (300 commits on the 300-feed bench). Units run inside a batch
// transaction that commits within a few milliseconds, each unit still atomic (a savepoint).
// A crash can lose at most that window of polled data, which the next poll fetches again (the
// feed's validators are in the same uncommitted unit); read and star changes never wait in a
// batch: the store commits any open batch before them and they commit before returning.
import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './database.ts';

export interface Batcher {
  /** Runs fn as one atomic unit inside the current batch (opening one if needed). */
  batched<T>(fn: () => T): T;
  /** Commits the open batch now, if any. */
  commit(): void;
}

export function createBatcher(db: DatabaseSync, windowMs = 50): Batcher {
  let timer: NodeJS.Timeout | null = null;

  function commit(): void {
    if (!timer) return;
    clearTimeout(timer);
    timer = null;
    try {
      if (db.isTransaction) db.exec('COMMIT');
    } catch (error) {
      // Nothing acknowledged to a person is in a batch; the polls in it will be fetched again.
      if (db.isTransaction) db.exec('ROLLBACK');
      console.error('orrery: a batch of polled feeds could not be stored:', error);
    }
  }

  return {
    batched(fn) {
      if (!timer && !db.isTransaction) {
        db.exec('BEGIN IMMEDIATE');
        timer = setTimeout(commit, windowMs);
      }
      return transaction(db, fn);
    },
    commit,
  };
}
