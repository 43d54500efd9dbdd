// Subscriptions, read history and (later) credentials are nobody else's business on a shared
// machine: on POSIX the data directory is created 0700 and the database files are 0600. SQLite
// gives its -wal and -shm files the database file's mode, so creating the file 0600 before SQLite
// does covers all three. Windows keeps its per-user profile ACLs (modes mean nothing there).
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

const posix = process.platform !== 'win32';

/** Creates a directory (and missing parents) readable by its owner only. An existing one is left as it is. */
export function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
}

/** Creates the database file 0600 when missing, and brings an existing one and its -wal/-shm to 0600. */
export function preparePrivateDatabaseFile(file: string): void {
  if (!posix) return;
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}
