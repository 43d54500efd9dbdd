// The 1M-post store (issue 9): a million posts in 5,000 feeds, generated straight into SQLite
// (support/million.ts), then the reader's hot paths through the real Store, each against its
// budget, the database's size against the text it holds, the time to open it, and the real
// renderer's first list row in Chromium over that database.
//
// Env: BENCH_MILLION_FEEDS / BENCH_MILLION_POSTS (posts per feed) shrink it for a quick try.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { databaseFileName } from '../../electron/engine/paths.ts';
import { openReader } from '../../electron/engine/reader.ts';
import { openStore, type Store } from '../../electron/engine/store/index.ts';
import { ensureRendererBuilt, rendererOutDir } from '../../electron/preview/buildRenderer.ts';
import { startPreviewServer } from '../../electron/preview/server.ts';
import { launchChromium } from '../e2e/harness.ts';
import { tempDir } from '../support/fixtures.ts';
import { median } from './support/measure.ts';
import { generateMillion } from './support/million.ts';
import type { BenchRow, BenchSection } from './types.ts';

const FEEDS = positiveInt(process.env.BENCH_MILLION_FEEDS, 5000);
const POSTS_PER_FEED = positiveInt(process.env.BENCH_MILLION_POSTS, 200);
const WARMUP = 3;
const RUNS = 15;

function positiveInt(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function timeRuns(run: (i: number) => void, after?: (i: number) => void): number {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const started = performance.now();
    run(i);
    if (i >= WARMUP) samples.push(performance.now() - started);
    after?.(i);
  }
  return median(samples);
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function row(metric: string, value: number, budgetMs: number | null, within = '≤'): BenchRow {
  return {
    metric,
    value: ms(value),
    budget: budgetMs === null ? '' : `${within} ${budgetMs} ms`,
    ok: budgetMs === null ? null : within === '<' ? value < budgetMs : value <= budgetMs,
  };
}

function queryRows(store: Store): BenchRow[] {
  const feedIds = Array.from({ length: FEEDS }, (_, i) => i + 1);
  const unreadCounts = timeRuns(() => {
    if (Object.keys(store.unreadCounts().feeds).length !== FEEDS) throw new Error('lost feeds');
  });
  const newestOfFeed = timeRuns((i) => {
    store.listEntries({ feedId: feedIds[1 + ((i * 37) % (FEEDS - 1))] as number, limit: 100 });
  });
  const newestOfPlanet = timeRuns(() => store.listEntries({ feedId: 1, limit: 100 }));
  const newestOfAll = timeRuns(() => store.listEntries({ limit: 100 }));
  const unreadOfAll = timeRuns(() => store.listEntries({ unread: true, limit: 100 }));
  const searches = ['debian release', 'kernel', 'post 4242'];
  const search = searches.map((text) => ({
    text,
    ms: timeRuns(() => store.listEntries({ search: text, limit: 100 })),
    total: store.listEntries({ search: text, limit: 1 }).total,
  }));
  // 10,000 unread posts spread over the whole store; put back (untimed) after each run.
  const total = FEEDS * POSTS_PER_FEED;
  const step = Math.max(1, Math.floor(total / 10_000));
  const ids = Array.from({ length: Math.min(10_000, total) }, (_, i) => 1 + i * step);
  const markRead = timeRuns(
    () => {
      const changed = store.setRead(ids, true);
      if (changed !== ids.length) throw new Error(`marked ${changed} of ${ids.length}`);
    },
    () => store.setRead(ids, false),
  );
  const planetTotal = store.getFeed(1)?.total ?? 0;
  return [
    row(`unread counts for ${FEEDS.toLocaleString('en-AU')} feeds`, unreadCounts, 10),
    row(`newest 100 of a ${POSTS_PER_FEED}-post feed (with total)`, newestOfFeed, 5),
    row(
      `newest 100 of the planet feed (${planetTotal.toLocaleString('en-AU')} posts)`,
      newestOfPlanet,
      5,
    ),
    row('newest 100 of all posts (with total)', newestOfAll, 5),
    row('newest 100 unread of all posts (with total)', unreadOfAll, 5),
    ...search.map((s) =>
      row(
        `search "${s.text}", first 100 (with total: ${s.total.toLocaleString('en-AU')} matches)`,
        s.ms,
        50,
      ),
    ),
    row(`mark ${ids.length.toLocaleString('en-AU')} posts read`, markRead, 50),
  ];
}

/** Opening the store (schema check, pragmas) until it answers the first list page; median of 5. */
function openTime(file: string): number {
  const samples = Array.from({ length: 5 }, () => {
    const started = performance.now();
    const store = openStore(file);
    store.listEntries({ limit: 100 });
    const elapsed = performance.now() - started;
    store.close();
    return elapsed;
  });
  return median(samples);
}

/** Navigation start to the frame after the first list row is painted, over the whole store. */
async function firstRowMs(dataDir: string): Promise<number> {
  await ensureRendererBuilt();
  const reader = await openReader({ dataDir, firstRunFeeds: [] });
  const preview = await startPreviewServer({ reader, staticDir: rendererOutDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.addInitScript(`
      window.__firstRow = 0;
      new MutationObserver((_, observer) => {
        if (document.querySelector('.entry-row:not(.loading) .entry-title-text')) {
          observer.disconnect();
          requestAnimationFrame(() => { window.__firstRow = performance.now(); });
        }
      }).observe(document, { subtree: true, childList: true });`);
    await page.goto(preview.url);
    await page.waitForFunction('window.__firstRow > 0', undefined, { timeout: 60_000 });
    return (await page.evaluate('window.__firstRow')) as number;
  } finally {
    await browser.close();
    await preview.close();
    await reader.close();
  }
}

export default async function millionBench(): Promise<BenchSection> {
  const data = tempDir('orrery-million-bench-');
  try {
    const file = join(data.path, databaseFileName);
    const generated = generateMillion(file, {
      feeds: FEEDS,
      postsPerFeed: POSTS_PER_FEED,
      planetShare: 0.05,
    });
    const dbBytes = statSync(file).size;
    const opened = openTime(file);
    const store = openStore(file);
    let rows: BenchRow[];
    try {
      rows = queryRows(store);
    } finally {
      store.close();
    }
    const firstRow = await firstRowMs(data.path);
    const ratio = dbBytes / generated.textBytes;
    const gb = (bytes: number): string => `${(bytes / 1e9).toFixed(2)} GB`;
    return {
      title: `Store at ${generated.posts.toLocaleString('en-AU')} posts in ${FEEDS.toLocaleString('en-AU')} feeds`,
      command: 'npm run bench -- million',
      rows: [
        ...rows,
        row('open the store and list the newest 100 (median of 5)', opened, 300, '<'),
        row('first list row painted in the window (navigation start → frame)', firstRow, 500, '<'),
        {
          metric: 'database size / stored text',
          value: `${gb(dbBytes)} / ${gb(generated.textBytes)} = ${ratio.toFixed(2)} ×`,
          budget: '≤ 1.5 ×',
          ok: ratio <= 1.5,
        },
        {
          metric: `generate ${generated.posts.toLocaleString('en-AU')} posts straight into SQLite`,
          value: `${(generated.ms / 1000).toFixed(0)} s`,
          budget: 'a few minutes',
          ok: generated.ms < 5 * 60_000,
        },
      ],
      notes: [
        `${generated.posts.toLocaleString('en-AU')} posts (2-4 KB of HTML each, a 20,000-word Zipf-like vocabulary), ${FEEDS.toLocaleString('en-AU')} feeds, ${generated.links.toLocaleString('en-AU')} feed-post links (feed 1 plays a planet carrying 5% of the others' posts); every post indexed for search; all unread.`,
        'Generated straight into SQLite (test/bench/support/million.ts) on the schema openStore creates, with the counters savePosts keeps; the store is then used through the real Store API.',
        `Queries: median of ${RUNS} runs after ${WARMUP} warm-up runs, in-process (performance.now). Stored text: titles, authors, addresses and content HTML in UTF-8; the database size is the SQLite file after a WAL checkpoint.`,
        'First row: the real Reader behind the preview server, the production renderer build in Debian’s Chromium (headless, 1280×800), from navigation start to the frame after the first entry row is in the DOM.',
      ],
    };
  } finally {
    data.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { sectionMarkdown } = await import('./run.ts');
  process.stdout.write(sectionMarkdown(await millionBench(), 'measured now'));
}
