// Preferences live in the data directory as one JSON file (settings.json, mode 0600), so the
// desktop app, the browser preview and the CLI read and write the same ones. Writes are atomic
// (a temporary file renamed over the old one): a crash leaves the old file or the new, never half.
import { chmodSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Preferences } from '../../../shared/api.ts';
import { mergePreferences, readPreferences } from './validate.ts';

/** Not preferences.json: electron-store keeps the shell's own file under that name in the same directory. */
export const preferencesFileName = 'settings.json';

export interface PreferencesFile {
  readonly path: string;
  /** The current preferences (defaults for anything missing or invalid). */
  get(): Preferences;
  /** Validates and merges a partial update, writes it, and returns the result. */
  set(patch: Partial<Preferences>): Preferences;
  /** Re-reads the file when another process changed it; returns the new preferences, or null. */
  reloadIfChanged(): Preferences | null;
  /** True when no file existed yet (nothing was ever saved). */
  isNew(): boolean;
}

export function openPreferencesFile(dataDir: string): PreferencesFile {
  const path = join(dataDir, preferencesFileName);
  let stamp = fileStamp(path);
  let current = load(path);

  return {
    path,
    get: () => current,
    set(patch) {
      const next = mergePreferences(current, patch);
      writeAtomically(path, JSON.stringify(next, null, 2) + '\n');
      current = next;
      stamp = fileStamp(path);
      return next;
    },
    reloadIfChanged() {
      const now = fileStamp(path);
      if (now === stamp) return null;
      stamp = now;
      const next = load(path);
      if (JSON.stringify(next) === JSON.stringify(current)) return null;
      current = next;
      return next;
    },
    isNew: () => stamp === '',
  };
}

function load(path: string): Preferences {
  let raw: unknown = null;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // Missing or corrupt: defaults (a corrupt file is replaced on the next save).
  }
  return readPreferences(raw);
}

/** Modification time and size: cheap to read once a second, changes with every write. */
function fileStamp(path: string): string {
  try {
    const info = statSync(path);
    return `${info.mtimeMs}:${info.size}:${info.ino}`;
  } catch {
    return '';
  }
}

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600); // mode is only applied when the file is created
  renameSync(temporary, path);
}
