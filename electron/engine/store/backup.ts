// A consistent copy of the database while the app (or another process) keeps writing: SQLite's
// online backup API (node:sqlite's backup(), run off the main thread) copying every page in one
// step, so the copy is one snapshot; VACUUM INTO where backup() is missing. Written beside the
// destination and renamed, so a failed backup never leaves a half file under the name asked for.
import { chmodSync, renameSync, rmSync } from 'node:fs';
import * as sqlite from 'node:sqlite';
import type { DatabaseSync } from 'node:sqlite';

type BackupFn = (
  source: DatabaseSync,
  path: string,
  options?: {
    rate?: number;
    progress?: (p: { totalPages: number; remainingPages: number }) => void;
  },
) => Promise<number>;

const allPages = 0x7fffffff;

export async function backupDatabase(db: DatabaseSync, file: string): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    const backup = (sqlite as { backup?: BackupFn }).backup;
    // Every page in one step (on a worker thread of node's pool), so another writer cannot
    // make the copy restart or mix two versions.
    if (backup) await backup(db, partial, { rate: allPages });
    else db.prepare('VACUUM INTO ?').run(partial);
    // A reading history is private: only its owner may read the copy.
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
