// bin/orrery.js runs the bundled CLI only while it is current: a missing, half-built or stale
// bundle (a source file newer than it) means the TypeScript source runs instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleInputsFile, cliEntry } from '../../../bin/cliBundle.js';
import { tempDir } from '../../support/fixtures.ts';

/** A project root with two source files and, unless told otherwise, a bundle built after them. */
function project(root: string, options: { bundle?: boolean } = {}): void {
  mkdirSync(join(root, 'electron', 'cli'), { recursive: true });
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  const sources = ['electron/cli/main.ts', 'electron/cli/run.ts'];
  for (const source of sources) touch(join(root, source), 1_000);
  if (options.bundle === false) return;
  touch(join(root, 'dist', 'cli', 'orrery.js'), 2_000);
  writeFileSync(join(root, 'dist', 'cli', bundleInputsFile), JSON.stringify(sources));
}

function touch(file: string, seconds: number): void {
  writeFileSync(file, '');
  utimesSync(file, seconds, seconds);
}

const ran = (root: string): string => fileURLToPath(cliEntry(root)).slice(root.length + 1);

test('a bundle newer than all its sources is what runs', () => {
  const dir = tempDir();
  try {
    project(dir.path);
    assert.equal(ran(dir.path), join('dist', 'cli', 'orrery.js'));
  } finally {
    dir.dispose();
  }
});

test('no bundle, or no list of its sources: the source runs', () => {
  const dir = tempDir();
  try {
    project(dir.path, { bundle: false });
    assert.equal(ran(dir.path), join('electron', 'cli', 'main.ts'));
    project(dir.path);
    rmSync(join(dir.path, 'dist', 'cli', bundleInputsFile));
    assert.equal(ran(dir.path), join('electron', 'cli', 'main.ts'));
  } finally {
    dir.dispose();
  }
});

test('a source file edited after the build, or gone, means the source runs', () => {
  const dir = tempDir();
  try {
    project(dir.path);
    touch(join(dir.path, 'electron', 'cli', 'run.ts'), 3_000);
    assert.equal(ran(dir.path), join('electron', 'cli', 'main.ts'));
    project(dir.path);
    rmSync(join(dir.path, 'electron', 'cli', 'run.ts'));
    assert.equal(ran(dir.path), join('electron', 'cli', 'main.ts'));
  } finally {
    dir.dispose();
  }
});
