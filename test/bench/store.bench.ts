// Store benchmark: 100k posts across 1,000 feeds (one planet-like feed also carries 10k of the
// other feeds' posts), stored through the real savePosts path into a real SQLite file; then the
// reader's hot queries, each the median of several runs after warm-up.
//
// Env: BENCH_STORE_FEEDS / BENCH_STORE_POSTS (posts per feed) shrink the data set for a quick try.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ParsedEntry } from '../../electron/engine/parse/types.ts';
import { toIncomingPost } from '../../electron/engine/planet/incomingPost.ts';
import { openStore, type Store } from '../../electron/engine/store/index.ts';
import { median } from './support/measure.ts';
import type { BenchRow, BenchSection } from './types.ts';

const FEEDS = positiveInt(process.env.BENCH_STORE_FEEDS, 1000);
const POSTS_PER_FEED = positiveInt(process.env.BENCH_STORE_POSTS, 100);
const SHARED_POSTS = Math.floor((FEEDS * POSTS_PER_FEED) / 10);
const MARK_READ = Math.min(10_000, Math.floor((FEEDS * POSTS_PER_FEED) / 2));
const WARMUP = 3;
const RUNS = 15;

function positiveInt(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function parsedEntry(feed: number, post: number): ParsedEntry {
  return {
    guid: `https://blog${feed}.example/?p=${post}`,
    guidIsPermaLink: false,
    link: `https://blog${feed}.example/${2015 + (post % 10)}/post-${post}/`,
    origLink: null,
    title: `Post ${post} from blog ${feed}`,
    author: `Author ${feed}`,
    published: new Date(Date.UTC(2015, 0, 1) + (post * FEEDS + feed) * 60_000).toISOString(),
    updated: null,
    contentHtml: `<p>Post ${post} of blog ${feed}: ${'some ordinary words about linux and planets '.repeat(8)}</p>`,
    summary: null,
    enclosures: [],
    categories: [],
    thumbnail: null,
    source: null,
  };
}

function timeRuns(run: (i: number) => void, after?: (i: number) => void): number {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const started = performance.now();
    run(i);
    const elapsed = performance.now() - started;
    if (i >= WARMUP) samples.push(elapsed);
    after?.(i);
  }
  return median(samples);
}

function seed(store: Store): { feedIds: number[]; planetId: number; seedMs: number } {
  const started = performance.now();
  const now = '2026-01-01T00:00:00.000Z';
  const feedIds: number[] = [];
  for (let f = 0; f < FEEDS; f += 1) {
    const { feed } = store.addFeed({
      url: `https://blog${f}.example/feed`,
      title: `Blog ${f}`,
      siteUrl: `https://blog${f}.example/`,
    });
    feedIds.push(feed.id);
    const ctx = { feedId: feed.id, feedUrl: feed.url, siteUrl: feed.siteUrl, planet: false };
    const posts = Array.from({ length: POSTS_PER_FEED }, (_, p) =>
      toIncomingPost(parsedEntry(f, p), ctx),
    );
    store.savePosts(feed.id, posts, now);
  }
  // Feed 0 plays the planet: it also carries the newest posts of other blogs, so those posts
  // are carried by two feeds.
  const planetId = feedIds[0] as number;
  const planet = store.getFeed(planetId)!;
  const ctx = { feedId: planetId, feedUrl: planet.url, siteUrl: planet.siteUrl, planet: true };
  const shared: ReturnType<typeof toIncomingPost>[] = [];
  for (let i = 0; shared.length < SHARED_POSTS; i += 1) {
    const f = 1 + (i % (FEEDS - 1));
    const p = POSTS_PER_FEED - 1 - Math.floor(i / (FEEDS - 1));
    if (p < 0) break;
    shared.push(toIncomingPost(parsedEntry(f, p), ctx));
  }
  for (let i = 0; i < shared.length; i += 500)
    store.savePosts(planetId, shared.slice(i, i + 500), now);
  return { feedIds, planetId, seedMs: performance.now() - started };
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

function row(metric: string, value: number, budgetMs: number | null): BenchRow {
  return {
    metric,
    value: ms(value),
    budget: budgetMs === null ? '' : `< ${budgetMs} ms`,
    ok: budgetMs === null ? null : value < budgetMs,
  };
}

export default async function storeBench(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-store-bench-'));
  const store = openStore(join(dir, 'orrery.sqlite'));
  try {
    const { feedIds, planetId, seedMs } = seed(store);
    const total = store.listEntries({ limit: 1 }).total;
    const carried = feedIds.reduce((sum, id) => sum + (store.getFeed(id)?.total ?? 0), 0);

    const unreadCounts = timeRuns(() => {
      const counts = store.unreadCounts();
      if (Object.keys(counts.feeds).length !== FEEDS) throw new Error('unreadCounts lost feeds');
    });

    const newestOfFeed = timeRuns((i) => {
      const page = store.listEntries({
        feedId: feedIds[1 + ((i * 37) % (FEEDS - 1))] as number,
        limit: 100,
      });
      if (page.entries.length !== Math.min(100, POSTS_PER_FEED)) throw new Error('short page');
    });
    const newestOfPlanet = timeRuns(() => {
      store.listEntries({ feedId: planetId, limit: 100 });
    });
    const newestOfAll = timeRuns(() => {
      store.listEntries({ limit: 100 });
    });
    const unreadOfAll = timeRuns(() => {
      store.listEntries({ unread: true, limit: 100 });
    });
    const search = timeRuns(() => {
      store.listEntries({ search: 'post 42', limit: 100 });
    });

    // 10k unread posts spread over every feed; put back to unread (untimed) after each run.
    const step = Math.max(1, Math.floor(total / MARK_READ));
    const allIds = store.listEntries({ limit: 10_000, offset: 0 }).entries.map((e) => e.id);
    const ids: number[] = [];
    const maxId = Math.max(...allIds, total);
    for (let id = 1; ids.length < MARK_READ && id <= maxId; id += step) ids.push(id);
    const markRead = timeRuns(
      () => {
        const changed = store.setRead(ids, true);
        if (changed !== ids.length) throw new Error(`marked ${changed} of ${ids.length}`);
      },
      () => store.setRead(ids, false),
    );

    return {
      title: 'Store: SQLite queries at 100k posts',
      command: './node_modules/.bin/node test/bench/store.bench.ts',
      rows: [
        row(`unread counts for ${FEEDS.toLocaleString('en-AU')} feeds`, unreadCounts, 10),
        row(`newest 100 of a ${POSTS_PER_FEED}-post feed (with total)`, newestOfFeed, 5),
        row(
          `newest 100 of the planet feed (${store.getFeed(planetId)?.total.toLocaleString('en-AU')} posts)`,
          newestOfPlanet,
          5,
        ),
        row(`mark ${ids.length.toLocaleString('en-AU')} posts read`, markRead, 50),
        row('newest 100 of all posts (with total)', newestOfAll, null),
        row('newest 100 unread of all posts (with total)', unreadOfAll, null),
        row('search "post 42", first 100 (with total)', search, null),
        row(`store ${total.toLocaleString('en-AU')} posts through savePosts (once)`, seedMs, null),
      ],
      notes: [
        `${total.toLocaleString('en-AU')} posts, ${FEEDS.toLocaleString('en-AU')} feeds, ${carried.toLocaleString('en-AU')} feed-post links (${SHARED_POSTS.toLocaleString('en-AU')} posts carried by two feeds); each post ~400 bytes of HTML, indexed for search.`,
        `Median of ${RUNS} runs after ${WARMUP} warm-up runs, in-process (performance.now), WAL, synchronous=NORMAL.`,
        'Unread counts read per-feed counters (kept by triggers on feed_entries and by the one set-wise setRead path); a feed page walks the feed_entries (feed, published, entry) index; read flags are bits, 64 posts to a row of read_state (starred in a narrow entry_state table), so marking 10k read rewrites a few dozen small pages plus one grouped counter update.',
      ],
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { sectionMarkdown } = await import('./run.ts');
  process.stdout.write(sectionMarkdown(await storeBench(), 'measured now'));
}
