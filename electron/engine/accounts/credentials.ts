// Where account passwords are kept. The desktop app passes a store backed by the OS keychain
// (Electron safeStorage, electron/shell/accountCredentials.ts); the CLI and the preview keep them
// in a file in the data directory readable by its owner only (0600), and say so.
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CredentialStore {
  /** Where the secret lives, in words for people ("the OS keychain", a file path). */
  readonly where: string;
  get(accountId: number): Promise<string | null>;
  set(accountId: number, secret: string): Promise<void>;
  delete(accountId: number): Promise<void>;
}

export const passwordFileName = 'account-passwords.json';

/** A JSON map accountId -> string in one 0600 file; `encode`/`decode` let the shell encrypt. */
export function fileCredentialStore(
  dataDir: string,
  options: {
    fileName?: string;
    where?: string;
    encode?: (secret: string) => string;
    decode?: (stored: string) => string;
  } = {},
): CredentialStore {
  const file = join(dataDir, options.fileName ?? passwordFileName);
  const encode = options.encode ?? ((secret: string) => secret);
  const decode = options.decode ?? ((stored: string) => stored);

  function readAll(): Record<string, string> {
    if (!existsSync(file)) return {};
    try {
      const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  function writeAll(all: Record<string, string>): void {
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(all), { mode: 0o600 });
    chmodSync(temp, 0o600);
    renameSync(temp, file);
  }

  return {
    where: options.where ?? `${file} (readable by you only)`,
    async get(accountId) {
      const stored = readAll()[String(accountId)];
      return typeof stored === 'string' ? decode(stored) : null;
    },
    async set(accountId, secret) {
      writeAll({ ...readAll(), [String(accountId)]: encode(secret) });
    },
    async delete(accountId) {
      const all = readAll();
      if (!(String(accountId) in all)) return;
      delete all[String(accountId)];
      writeAll(all);
    },
  };
}
