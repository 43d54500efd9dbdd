// Image bytes on disk, named by the SHA-256 of their content (images/ab/abcdef…): the same
// picture under many addresses is stored once. A file is complete before its name exists
// (written aside, then renamed), and exists before the index row that names it is committed, so
// a crash can leave an unnamed file behind but never a row without its file.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const imagesDirName = 'images';

export interface ContentStore {
  /** Stores the bytes (once per content); returns their hash. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes of a stored hash, or null when the file is missing. */
  get(hash: string): Promise<Uint8Array | null>;
  remove(hashes: readonly string[]): Promise<void>;
}

const isHash = (hash: string): boolean => /^[0-9a-f]{64}$/.test(hash);

export function createContentStore(dataDir: string): ContentStore {
  const root = join(dataDir, imagesDirName);
  const pathOf = (hash: string): string => join(root, hash.slice(0, 2), hash);
  return {
    async put(bytes) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      const dir = join(root, hash.slice(0, 2));
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const temporary = join(dir, `.${hash}.${randomBytes(4).toString('hex')}.part`);
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, pathOf(hash));
      return hash;
    },
    async get(hash) {
      if (!isHash(hash)) return null;
      try {
        return new Uint8Array(await readFile(pathOf(hash)));
      } catch {
        return null;
      }
    },
    async remove(hashes) {
      await Promise.all(
        hashes.filter(isHash).map((hash) => rm(pathOf(hash), { force: true }).catch(() => {})),
      );
    },
  };
}
