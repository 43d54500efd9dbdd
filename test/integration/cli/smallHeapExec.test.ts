// `orrery` (bin/orrery.js) runs with a small young generation: a flag V8 takes only on the
// command line, so the bin starts itself again with it (bin/smallHeapExec.js). The probe, loaded
// into the process that finally runs, reports its flags and the young generation's size at exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../../scripts/build.ts';
import { cliV8Flags, smallHeapArgs } from '../../../bin/smallHeapExec.js';
import { tempDir } from '../../support/fixtures.ts';

const probeSource = `
import { getHeapSpaceStatistics } from 'node:v8';
process.on('exit', () => {
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  process.stderr.write('PROBE ' + JSON.stringify({ execArgv: process.execArgv, young: young.space_size }) + '\\n');
});
`;

function runBin(probe: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(projectRoot, 'bin', 'orrery.js'), ...args],
      {
        timeout: 60_000,
        env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` },
      },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
    );
  });
}

test('orrery runs with the small young generation V8 takes only on the command line', async () => {
  const dir = tempDir();
  try {
    const probe = join(dir.path, 'probe.mjs');
    writeFileSync(probe, probeSource);
    const run = await runBin(probe, '--version');
    assert.equal(run.code, 0, run.stderr);
    const report = /PROBE (.*)/.exec(run.stderr);
    assert.ok(report, run.stderr);
    const { execArgv, young } = JSON.parse(report[1]!) as { execArgv: string[]; young: number };
    for (const flag of cliV8Flags) assert.ok(execArgv.includes(flag), `${flag} in ${execArgv}`);
    // V8's default lets it grow to 16 MB; 1 MB semi-spaces keep it at a few.
    assert.ok(young <= 4 * 2 ** 20, `young generation ${young} bytes`);
  } finally {
    dir.dispose();
  }
});

test('a process that has the flags is not started again, and the user’s own flags win', () => {
  assert.equal(smallHeapArgs([...cliV8Flags], ['node', 'bin/orrery.js', 'refresh']), null);
  assert.deepEqual(
    smallHeapArgs(['--max-semi-space-size=8'], ['node', 'bin/orrery.js', 'refresh']),
    [...cliV8Flags, '--max-semi-space-size=8', 'bin/orrery.js', 'refresh'],
  );
});

test('a node binary that cannot be executed again leaves the CLI running without the flags', async () => {
  const dir = tempDir();
  try {
    const script = join(dir.path, 'gone.mjs');
    const exec = pathToFileURL(join(projectRoot, 'bin', 'smallHeapExec.js')).href;
    writeFileSync(
      script,
      `Object.defineProperty(process, 'execPath', { value: ${JSON.stringify(join(dir.path, 'no-node'))} });\n` +
        `const { execWithSmallHeap } = await import(${JSON.stringify(exec)});\n` +
        `execWithSmallHeap();\nprocess.stdout.write('still running');\n`,
    );
    const result = await new Promise<{ code: number | null; signal: string | null; out: string }>(
      (resolve) => {
        execFile(process.execPath, [script], { timeout: 30_000 }, (error, stdout) =>
          resolve({
            code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
            signal: error?.signal ?? null,
            out: stdout,
          }),
        );
      },
    );
    assert.deepEqual(result, { code: 0, signal: null, out: 'still running' });
  } finally {
    dir.dispose();
  }
});
