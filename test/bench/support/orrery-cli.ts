// Runs the `orrery` CLI the way the refresh benchmark measures it: the project's Node directly on
// bin/orrery.js, what `npx orrery` and `npm run orrery` run (not through npm, whose own
// 250-300 ms would be noise). The bin runs the bundle `npm ci` builds (dist/cli/); the bench
// builds it first, as npm's prepare step does, so it measures the code as it is.
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildCli } from '../../../scripts/build.ts';
import { benchTimeoutMs, measure, type Measured } from './measure.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const cliEntry = join(repoRoot, 'bin', 'orrery.js');

/** Builds dist/cli/ (the prepare step of `npm ci`). */
export async function buildShippedCli(): Promise<void> {
  await buildCli();
}
const projectNode = join(repoRoot, 'node_modules', '.bin', 'node');

export async function cliExists(): Promise<boolean> {
  return access(cliEntry).then(
    () => true,
    () => false,
  );
}

async function nodeBinary(): Promise<string> {
  return access(projectNode).then(
    () => projectNode,
    () => process.execPath,
  );
}

export async function runOrrery(
  dataDir: string,
  args: readonly string[],
  nodeArgs: readonly string[] = [],
): Promise<Measured> {
  const env = { ...process.env };
  delete env.ORRERY_DATA_DIR;
  // Node flags the shipped `orrery` runs with, should it ever need any (e.g. a V8 heap setting).
  const shippedFlags = (process.env.BENCH_ORRERY_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const argv = [...shippedFlags, ...nodeArgs, cliEntry, '--data-dir', dataDir, ...args];
  return measure(await nodeBinary(), argv, {
    cwd: repoRoot,
    env,
    timeoutMs: benchTimeoutMs,
  });
}

export interface RefreshFeedResult {
  readonly id: number;
  readonly url: string;
  readonly status: string;
  readonly httpStatus: number | null;
  readonly newEntries: number;
  readonly error: string | null;
}

/** Parses `refresh --json` output: {feeds: [...]}; throws with the output when it is not that. */
export function parseRefresh(stdout: string): RefreshFeedResult[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(`orrery refresh --json printed no JSON: ${stdout.slice(0, 300)}`);
  }
  const feeds = (parsed as { feeds?: unknown }).feeds;
  if (!Array.isArray(feeds)) throw new Error(`orrery refresh --json: no "feeds" array`);
  return feeds as RefreshFeedResult[];
}

/** "300 × 200" style summary of the httpStatus values, plus the total of new entries. */
export function summariseRefresh(feeds: readonly RefreshFeedResult[]): {
  statuses: Map<string, number>;
  newEntries: number;
  firstError: string | null;
} {
  const statuses = new Map<string, number>();
  let newEntries = 0;
  let firstError: string | null = null;
  for (const feed of feeds) {
    const key = String(feed.httpStatus ?? feed.status);
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    newEntries += feed.newEntries ?? 0;
    firstError ??= feed.error ?? null;
  }
  return { statuses, newEntries, firstError };
}
