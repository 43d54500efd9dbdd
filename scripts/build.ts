// Builds the app into dist/: the renderer with Vite (vite.config.ts) into dist/renderer/, the
// Electron main process (ESM) and preload (one CommonJS file) with esbuild into dist/electron/.
// The `orrery` CLI with its parse worker into dist/cli/ (target cli; npm's prepare step runs it).
// Usage: node scripts/build.ts [renderer|electron|cli] [--force]   (no target: all three)
// The renderer build is skipped when a hash of its inputs matches the one stored with the last
// build; main and preload are always rebuilt (esbuild takes a fraction of a second).
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleInputsFile } from '../bin/cliBundle.js';
import { asciiSource } from './asciiSource.ts';
import { builtinsAsObjects } from './builtinImports.ts';

export const projectRoot = join(import.meta.dirname, '..');
export const rendererOutDir = join(projectRoot, 'dist', 'renderer');
export const electronOutDir = join(projectRoot, 'dist', 'electron');
export const cliOutDir = join(projectRoot, 'dist', 'cli');
const stampFile = join(rendererOutDir, '.inputs-hash');

/** Node inside Electron 45 (Node 24 line, per electron's own @types/node dependency). */
const electronNodeTarget = 'node24';
/** Chromium of Electron 45, for the preload that runs in the page's world. */
const electronChromeTarget = 'chrome140';

// Everything the renderer bundle is made from: its sources, the shared contract, the config and
// the installed dependency versions.
const rendererInputs = [
  'renderer',
  'shared',
  'vite.config.ts',
  'tsconfig.web.json',
  'package-lock.json',
];

/** The files at `path`: itself when it is a file, everything below it when a directory. */
function filesAt(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export function rendererInputsHash(): string {
  const hash = createHash('sha256');
  const files = rendererInputs.flatMap((input) => filesAt(join(projectRoot, input))).sort();
  for (const file of files) {
    hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function rendererIsUpToDate(): boolean {
  if (!existsSync(join(rendererOutDir, 'index.html')) || !existsSync(stampFile)) return false;
  return readFileSync(stampFile, 'utf8').trim() === rendererInputsHash();
}

/** Builds dist/renderer unless it is already built from the same inputs. Returns whether it built. */
export async function buildRenderer(options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force && rendererIsUpToDate()) return false;
  const hash = rendererInputsHash();
  const { build } = await import('vite');
  await build({
    configFile: join(projectRoot, 'vite.config.ts'),
    build: { outDir: rendererOutDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  writeFileSync(stampFile, hash + '\n');
  return true;
}

/** Builds dist/electron/main.js and parseWorker.js (ESM), preload.cjs, and copies the tray icons. */
export async function buildElectron(outDir: string = electronOutDir): Promise<void> {
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
    absWorkingDir: projectRoot,
  } as const;
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [join(projectRoot, 'electron', 'main.ts')],
      outfile: join(outDir, 'main.js'),
      platform: 'node',
      format: 'esm',
      target: electronNodeTarget,
      // 'electron' is provided by the runtime; npm packages load from node_modules (packaged
      // by electron-builder as production dependencies).
      packages: 'external',
      external: ['electron'],
    }),
    // The feed parser's worker thread (electron/engine/poll/parseWorker.ts), beside main.js.
    esbuild.build({
      ...common,
      entryPoints: [join(projectRoot, 'electron', 'engine', 'poll', 'parseWorker.ts')],
      outfile: join(outDir, 'parseWorker.js'),
      platform: 'node',
      format: 'esm',
      target: electronNodeTarget,
      packages: 'external',
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(projectRoot, 'electron', 'preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      // A sandboxed preload can require only 'electron' (and a few polyfilled modules), so
      // everything else is bundled into this one file (the name lists, not zod: shared/channels.ts).
      platform: 'browser',
      format: 'cjs',
      // Parsed on every window load: keep it small.
      minify: true,
      target: electronChromeTarget,
      external: ['electron'],
    }),
  ]);
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  for (const icon of ['tray.png', 'trayTemplate.png', 'trayTemplate@2x.png']) {
    copyFileSync(join(projectRoot, 'build', icon), join(assets, icon));
  }
}

/**
 * Builds dist/cli/orrery.js (what bin/orrery.js runs) and its parseWorker.js, ESM for the project's
 * Node, npm packages included, Node's built-ins taken as plain objects (builtinImports.ts), in
 * ASCII (asciiSource.ts); and
 * inputs.json, the source files they were made from, by which bin/cliBundle.js tells a current
 * bundle from a stale one.
 */
export async function buildCli(outDir: string = cliOutDir): Promise<void> {
  const esbuild = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  // One build of both entries, split: what the main thread loads only on demand (the parser, for
  // parsing in-thread) stays in chunks of its own instead of being loaded at every start.
  const result = await esbuild.build({
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22.13',
    // npm packages bundled too: no package resolution at start (package.json lookups, the ES
    // module loader's CommonJS interop), one file per chunk. Their CommonJS code gets a require.
    banner: { js: bundleRequire },
    logLevel: 'warning',
    legalComments: 'external',
    absWorkingDir: projectRoot,
    metafile: true,
    write: false,
    entryPoints: {
      orrery: join(projectRoot, 'electron', 'cli', 'main.ts'),
      parseWorker: join(projectRoot, 'electron', 'engine', 'poll', 'parseWorker.ts'),
    },
    outdir: outDir,
    // Chunks beside the entries: import.meta.url-relative paths (the worker, package.json) hold.
    chunkNames: '[name]-[hash]',
    // The CLI starts the bundled worker beside it (electron/cli/parseWorkerUrl.ts).
    define: { ORRERY_BUNDLED_CLI: 'true' },
  });
  mkdirSync(outDir, { recursive: true });
  for (const file of result.outputFiles) {
    const isCode = file.path.endsWith('.js');
    writeFileSync(file.path, isCode ? asciiSource(builtinsAsObjects(file.text)) : file.contents);
  }
  const inputs = Object.keys(result.metafile.inputs);
  writeFileSync(
    join(outDir, bundleInputsFile),
    JSON.stringify([...inputs].filter((input) => !input.startsWith('node_modules/')).sort()) + '\n',
  );
}

/** `require` for the CommonJS packages in the ESM bundle (their built-ins, e.g. rss-parser's). */
const bundleRequire =
  "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);";

export async function buildAll(
  target: 'renderer' | 'electron' | 'cli' | 'all',
  force = false,
): Promise<void> {
  if (target === 'cli' || target === 'all') {
    const started = performance.now();
    await buildCli();
    console.log(`orrery CLI built in ${Math.round(performance.now() - started)} ms`);
    if (target === 'cli') return;
  }
  if (target !== 'electron') {
    const started = performance.now();
    const built = await buildRenderer({ force });
    const ms = Math.round(performance.now() - started);
    console.log(built ? `renderer built in ${ms} ms` : 'renderer up to date');
  }
  if (target !== 'renderer') {
    const started = performance.now();
    await buildElectron();
    console.log(`main and preload built in ${Math.round(performance.now() - started)} ms`);
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const target = positionals[0] ?? 'all';
  if (target !== 'renderer' && target !== 'electron' && target !== 'cli' && target !== 'all') {
    console.error(
      `Usage: node scripts/build.ts [renderer|electron|cli] [--force] (got "${target}")`,
    );
    process.exitCode = 2;
  } else {
    await buildAll(target, values.force);
  }
}
