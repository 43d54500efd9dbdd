// Which build of the CLI `orrery` runs. `npm ci`/`npm install` bundles it (the prepare script:
// `node scripts/build.ts cli`) into dist/cli/orrery.js, with its parse worker beside it: one
// file instead of ~150 modules stripped of their types at every start (Node's TypeScript
// stripper alone is ~17 MB), as the desktop app ships. The bundle runs only while it is current:
// when any source file it was built from is newer (an edit, a checkout), the CLI runs from
// source instead, slower but never stale.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const defaultRoot = fileURLToPath(new URL('..', import.meta.url));

/** The bundle's list of its source files, written by the build beside it. */
export const bundleInputsFile = 'inputs.json';

/** The module to run: the bundle when it is built and current, else the CLI's source. */
export function cliEntry(root = defaultRoot) {
  const bundle = join(root, 'dist', 'cli', 'orrery.js');
  return pathToFileURL(
    bundleIsCurrent(root, bundle) ? bundle : join(root, 'electron', 'cli', 'main.ts'),
  );
}

function bundleIsCurrent(root, bundle) {
  try {
    const builtAt = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(root, 'dist', 'cli', bundleInputsFile), 'utf8'));
    if (!Array.isArray(inputs) || inputs.length === 0) return false;
    return inputs.every((input) => statSync(join(root, String(input))).mtimeMs <= builtAt);
  } catch {
    // Not built, half built, or a source file gone: the source is the truth.
    return false;
  }
}
