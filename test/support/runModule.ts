// Runs an ES module's source in a fresh Node process (from a file: `node -e` would hand its
// --input-type to the workers the module starts, which then fail to load theirs).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './fixtures.ts';

export function runModule(
  source: string,
  nodeFlags: readonly string[] = [],
  timeoutMs = 60_000,
): SpawnSyncReturns<string> {
  const dir = tempDir('orrery-module-');
  try {
    const file = join(dir.path, 'main.mjs');
    writeFileSync(file, source);
    return spawnSync(process.execPath, [...nodeFlags, file], {
      encoding: 'utf8',
      timeout: timeoutMs,
    });
  } finally {
    dir.dispose();
  }
}
