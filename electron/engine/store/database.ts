// Opening the SQLite file: pragmas, migrations, and the one transaction helper.
import { DatabaseSync } from 'node:sqlite';
import { preparePrivateDatabaseFile } from '../privateFiles.ts';
import { registerPackFunction } from './contentPacking.ts';
import { migrations, type Migration } from './schema.ts';

export class StoreVersionError extends Error {
  override name = 'StoreVersionError';
}

function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

/**
 * Runs fn as one unit: its own transaction, or a savepoint inside one already open (a batch),
 * so that a unit that throws is rolled back alone either way.
 */
export function transaction<T>(db: DatabaseSync, fn: () => T): T {
  const nested = db.isTransaction;
  db.exec(nested ? 'SAVEPOINT unit' : 'BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec(nested ? 'RELEASE unit' : 'COMMIT');
    return result;
  } catch (error) {
    if (nested) {
      db.exec('ROLLBACK TO unit');
      db.exec('RELEASE unit');
    } else if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function migrate(db: DatabaseSync): void {
  const current = userVersion(db);
  if (current > migrations.length) {
    throw new StoreVersionError(
      `This database was written by a newer Orrery (schema ${current}; this one knows ${migrations.length}).`,
    );
  }
  for (let version = current + 1; version <= migrations.length; version += 1) {
    transaction(db, () => {
      const migration = migrations[version - 1] as Migration;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.exec(`PRAGMA user_version = ${version}`);
    });
  }
}

export function openDatabase(file: string): DatabaseSync {
  if (file !== ':memory:') preparePrivateDatabaseFile(file);
  const db = new DatabaseSync(file, { timeout: 5000 });
  try {
    // Before any table exists (a new file): pruned space can then go back to the file system
    // a few pages at a time (store/vacuum.ts). Existing files keep their mode.
    db.exec('PRAGMA auto_vacuum = INCREMENTAL');
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_mode = WAL');
    // In WAL mode NORMAL keeps every committed transaction across a crash of the process;
    // only a power cut can lose the last few.
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    registerPackFunction(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
