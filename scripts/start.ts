// npm start: builds the app, then launches Electron on it. The electron package keeps its binary
// under node_modules/electron/dist/, named by path.txt; its index.js downloads it on first use
// (install.js, via @electron/get). We do the same, with a time limit. Where Electron cannot run
// (no binary, no display: see startPlan.ts) it starts the browser preview on the same data
// directory instead, prints its address and opens the system browser when there is one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, projectRoot } from './build.ts';
import { browserCommand, hasDisplay, planStart } from './startPlan.ts';
import { defaultDataDir } from '../electron/engine/paths.ts';
import { runPreview } from '../electron/preview/runPreview.ts';

export const electronPackageDir = join(projectRoot, 'node_modules', 'electron');

/** How long a first-launch download may take before we give up. */
const downloadTimeoutMs = 120_000;

export const missingBinaryMessage =
  "Electron's binary is not installed and could not be downloaded, so the desktop app cannot start here; run `npm run preview` to use Orrery in a browser instead (same engine and UI).";

/** The Electron executable, as the electron package would find it, or null when it is missing. */
export function findElectronBinary(
  packageDir: string = electronPackageDir,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (executable === '') return null;
  const full = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : join(packageDir, 'dist', executable);
  return existsSync(full) ? full : null;
}

/** Runs the electron package's own installer once, bounded in time, quietly. */
function tryDownloadElectron(): void {
  const installer = join(electronPackageDir, 'install.js');
  if (!existsSync(installer)) return;
  console.log('Electron binary missing: trying to download it once…');
  spawnSync(process.execPath, [installer], {
    cwd: electronPackageDir,
    stdio: 'ignore',
    timeout: downloadTimeoutMs,
  });
}

async function main(): Promise<void> {
  // No display: no window either way, so no download attempt.
  let binary: string | null = null;
  if (hasDisplay(process.platform, process.env)) {
    binary = findElectronBinary();
    if (binary === null) {
      tryDownloadElectron();
      binary = findElectronBinary();
    }
  }
  const plan = planStart({
    platform: process.platform,
    env: process.env,
    binaryPresent: binary !== null,
  });
  if (plan.face === 'preview' || binary === null) {
    console.error(plan.face === 'preview' ? plan.reason : missingBinaryMessage);
    await startPreview();
    return;
  }
  await buildAll('all');
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  const child = spawn(binary, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Electron could not be started: ${error.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

/** The preview on the desktop app's data directory, in this process, until Ctrl+C. */
async function startPreview(): Promise<void> {
  await buildAll('renderer');
  const dataDir = defaultDataDir();
  const { url } = await runPreview({ dataDir });
  console.log(`Orrery is running in your browser at ${url}`);
  console.error(`(data in ${dataDir}; Ctrl+C stops)`);
  const opener = browserCommand(url, process.platform, process.env);
  if (opener) {
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.error('Could not open a browser: open the address above.'));
    child.unref();
  }
}

if (import.meta.main) await main();
