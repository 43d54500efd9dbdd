// File › Back Up…: the decisions around the save dialog (default name, which paths are refused,
// the summary), pure so they are unit-tested; main.ts shows the dialogs and calls reader.backup.
import { basename, dirname, extname, join, resolve } from 'node:path';

/** "orrery-backup-2026-12-03.sqlite": a name that sorts by date and says what it is. */
export function backupDefaultName(now: Date): string {
  return `orrery-backup-${now.toISOString().slice(0, 10)}.sqlite`;
}

export type BackupTarget =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'file'; readonly path: string };

/** The file to write, from the save dialog's answer; never the live database or its journals. */
export function backupTarget(
  choice: { readonly canceled: boolean; readonly filePath?: string | undefined },
  databaseFile: string,
): BackupTarget {
  if (choice.canceled || !choice.filePath?.trim()) return { kind: 'cancelled' };
  let path = resolve(choice.filePath);
  if (!extname(path)) path = join(dirname(path), `${basename(path)}.sqlite`);
  const live = resolve(databaseFile);
  if ([live, `${live}-wal`, `${live}-shm`].includes(path)) {
    return {
      kind: 'refused',
      message: 'That is Orrery’s own database: choose another file for the backup.',
    };
  }
  return { kind: 'file', path };
}

export function backupSummary(path: string, bytes: number): { message: string; detail: string } {
  const size =
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.ceil(bytes / 1024)} KB`;
  return {
    message: 'Backed up your subscriptions, posts and read state.',
    detail: `${path} (${size}). To restore it, quit Orrery and put it in place of orrery.sqlite in the data directory.`,
  };
}
