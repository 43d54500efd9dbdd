// One loader for every fixture file. Paths are relative to test/fixtures/.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = new URL('../fixtures/', import.meta.url).pathname;

/** Raw bytes of a fixture, e.g. fixtureBytes('corpus/feeds/wordpress-rss2.xml'). */
export function fixtureBytes(relativePath: string): Buffer {
  return readFileSync(join(fixturesDir, relativePath));
}

/** A fixture as UTF-8 text. */
export function fixtureText(relativePath: string): string {
  return fixtureBytes(relativePath).toString('utf8');
}

/** A fresh temporary directory, removed by the returned dispose function. */
export function tempDir(prefix = 'orrery-test-'): { path: string; dispose: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}
