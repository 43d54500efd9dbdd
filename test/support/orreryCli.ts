// Runs the real `orrery` process on a data directory, as a script would, for CLI tests.
import { execFile } from 'node:child_process';

const cli = new URL('../../electron/cli/main.ts', import.meta.url).pathname;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runOrrery(
  dataDir: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, '--data-dir', dataDir, ...args],
      { timeout: 60_000, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
