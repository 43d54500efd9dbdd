// Image cache benchmark: the 300-feed first refresh (9,000 new posts) with "Remote images" set to
// "never" and to "download and keep", where every post shows one image of its own. The images are
// fetched after the posts are stored, so caching 9,000 of them must not slow the refresh down by
// more than 10 %. Measured in-process on the engine's Reader (as the app and the preview run it),
// against a loopback server in its own process; each run on a fresh data directory.
//
// Env: BENCH_RUNS (default 3), BENCH_FEEDS / BENCH_ITEMS to shrink the data set for a quick try.
import { fork } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openReader } from '../../electron/engine/reader.ts';
import type { RemoteImages } from '../../electron/engine/images/remoteImages.ts';
import type { BenchSection } from './types.ts';
import { opmlFor } from './support/feed-generator.ts';
import { loadNote, median } from './support/measure.ts';

const FEEDS = positiveInt(process.env.BENCH_FEEDS, 300);
const ITEMS = positiveInt(process.env.BENCH_ITEMS, 30);
const RUNS = positiveInt(process.env.BENCH_RUNS, 3);
const SLOWDOWN_BUDGET = 1.1;

function positiveInt(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

interface ImageServer {
  readonly urls: readonly string[];
  stats(): Promise<{ feeds: number; images: number; other: number }>;
  close(): void;
}

async function startImageServer(): Promise<ImageServer> {
  const entry = fileURLToPath(new URL('./support/image-feed-server-process.ts', import.meta.url));
  const child = fork(entry, [String(FEEDS), String(ITEMS)], {
    execPath: process.execPath,
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const urls = await new Promise<string[]>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: { type: string; urls?: string[] }) => {
      if (message.type === 'ready') resolve(message.urls ?? []);
    });
  });
  let nextId = 0;
  return {
    urls,
    stats: () =>
      new Promise((resolve) => {
        const id = ++nextId;
        const onMessage = (message: { id?: number; stats?: unknown }) => {
          if (message.id !== id) return;
          child.off('message', onMessage);
          resolve(message.stats as { feeds: number; images: number; other: number });
        };
        child.on('message', onMessage);
        child.send({ type: 'stats', id });
      }),
    close: () => child.disconnect(),
  };
}

interface Run {
  readonly refreshMs: number;
  readonly imagesMs: number;
  readonly newEntries: number;
  readonly cachedFiles: number;
}

async function countFiles(dir: string): Promise<number> {
  const root = join(dir, 'images');
  const subs = await readdir(root).catch(() => [] as string[]);
  let count = 0;
  for (const sub of subs) count += (await readdir(join(root, sub))).length;
  return count;
}

async function oneRun(server: ImageServer, remoteImages: RemoteImages): Promise<Run> {
  const dataDir = await mkdtemp(join(tmpdir(), `orrery-images-bench-${remoteImages}-`));
  try {
    const reader = await openReader({ dataDir, firstRunFeeds: [], images: { remoteImages } });
    await reader.importOpml({ text: opmlFor(server.urls) });
    const started = performance.now();
    const { feeds } = await reader.refresh({});
    const refreshMs = performance.now() - started;
    await reader.images.idle();
    const imagesMs = performance.now() - started - refreshMs;
    await reader.close();
    const newEntries = feeds.reduce((sum, feed) => sum + feed.newEntries, 0);
    return { refreshMs, imagesMs, newEntries, cachedFiles: await countFiles(dataDir) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en-AU')} ms`;

export default async function imagesBench(): Promise<BenchSection> {
  const server = await startImageServer();
  const without: Run[] = [];
  const withImages: Run[] = [];
  const problems: string[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      // Alternated, so a slow minute on a shared machine hits both sides alike.
      without.push(await oneRun(server, 'never'));
      const before = (await server.stats()).images;
      const keep = await oneRun(server, 'keep');
      withImages.push(keep);
      const fetched = (await server.stats()).images - before;
      if (fetched !== FEEDS * ITEMS) problems.push(`run ${run + 1}: ${fetched} images fetched`);
      if (keep.cachedFiles !== FEEDS * ITEMS)
        problems.push(`run ${run + 1}: ${keep.cachedFiles} files`);
    }
  } finally {
    server.close();
  }
  for (const run of [...without, ...withImages]) {
    if (run.newEntries !== FEEDS * ITEMS) problems.push(`${run.newEntries} new entries`);
  }
  const plain = median(without.map((run) => run.refreshMs));
  const cached = median(withImages.map((run) => run.refreshMs));
  const ratio = cached / plain;
  return {
    title: "Image cache: first refresh with and without caching every post's image",
    command: 'npm run bench -- images',
    rows: [
      {
        metric: `first refresh, ${FEEDS} feeds × ${ITEMS} posts, Remote images "never"`,
        value: ms(plain),
        budget: '',
        ok: null,
      },
      {
        metric: `first refresh, same, "download and keep" (1 image per post)`,
        value: `${ms(cached)} (${ratio.toFixed(2)}×)`,
        budget: `≤ ${SLOWDOWN_BUDGET.toFixed(2)}× "never"`,
        ok: ratio <= SLOWDOWN_BUDGET && problems.length === 0,
      },
      {
        metric: `then caching ${FEEDS * ITEMS} images (after the posts are stored)`,
        value: ms(median(withImages.map((run) => run.imagesMs))),
        budget: '',
        ok: null,
      },
    ],
    notes: [
      `Median of ${RUNS} runs each, alternated, fresh data directory per run; the engine's Reader in this process (parse worker on), the server in another process on 127.0.0.1.`,
      'Every image is a distinct 48×32 PNG; each run checks that all were fetched and stored as files.',
      ...problems.map((problem) => `PROBLEM: ${problem}`),
      loadNote(),
    ],
  };
}
