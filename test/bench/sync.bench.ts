// Sync benchmark: a Tiny Tiny RSS account with 300 feeds in 10 categories and 30,000 articles
// (seeded straight into the real server's PostgreSQL rather than fetched 300 feeds), synced by
// the real engine over the real API: the first sync, then a sync with nothing new.
//
// Env: BENCH_SYNC_FEEDS / BENCH_SYNC_ENTRIES shrink the data set for a quick try.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReader } from '../../electron/engine/reader.ts';
import { createUser, psql, ttrss } from '../support/ttrss/ttrss.ts';
import type { BenchRow, BenchSection } from './types.ts';

const FEEDS = positiveInt(process.env.BENCH_SYNC_FEEDS, 300);
const ENTRIES = positiveInt(process.env.BENCH_SYNC_ENTRIES, 30_000);
const UNREAD_EVERY = 10; // a tenth unread, like an account read elsewhere for a while
const STARRED_EVERY = 100;
const command = 'npm run bench -- sync';

function positiveInt(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Categories, feeds, articles and the user's copies, in five statements. */
export function seed(uid: number, tag: string): void {
  psql(`INSERT INTO ttrss_feed_categories (owner_uid, title)
        SELECT ${uid}, 'Category ' || c FROM generate_series(1, 10) c`);
  psql(`INSERT INTO ttrss_feeds (owner_uid, title, feed_url, cat_id)
        SELECT ${uid}, 'Blog ' || f, 'http://blog' || f || '.${tag}.example/feed/',
          (SELECT id FROM ttrss_feed_categories WHERE owner_uid = ${uid} ORDER BY id OFFSET (f % 10) LIMIT 1)
        FROM generate_series(1, ${FEEDS}) f`);
  psql(`INSERT INTO ttrss_entries (title, guid, link, updated, content, content_hash, date_entered, date_updated, author)
        SELECT 'Post ' || n || ' of ${tag}', '${tag}-' || n, 'http://blog' || (n % ${FEEDS} + 1) || '.${tag}.example/post/' || n,
          timestamp '2020-01-01' + n * interval '7 minutes',
          '<p>Post ' || n || ': ' || repeat('ordinary words about linux and planets ', 20) || '</p>',
          'SHA1:' || n, now(), now(), 'Author ' || (n % ${FEEDS})
        FROM generate_series(1, ${ENTRIES}) n`);
  psql(`INSERT INTO ttrss_user_entries (ref_id, uuid, feed_id, owner_uid, tag_cache, label_cache, unread, marked)
        SELECT e.id, '', f.id, ${uid}, '', '', n % ${UNREAD_EVERY} = 0, n % ${STARRED_EVERY} = 0
        FROM (SELECT id, substring(guid from '-(\\d+)$')::int AS n FROM ttrss_entries WHERE guid LIKE '${tag}-%') e
        JOIN ttrss_feeds f ON f.owner_uid = ${uid} AND f.title = 'Blog ' || (e.n % ${FEEDS} + 1)`);
  psql('ANALYZE ttrss_entries, ttrss_user_entries, ttrss_feeds, ttrss_feed_categories');
}

export default async function syncBench(): Promise<BenchSection> {
  const server = await ttrss();
  if (typeof server === 'string') {
    return {
      title: 'Sync (Tiny Tiny RSS account)',
      command,
      rows: [{ metric: 'ran', value: `no: ${server}`, budget: 'runs', ok: false }],
    };
  }
  const user = createUser('bench');
  const seedStart = performance.now();
  seed(user.uid, user.login);
  const seedMs = performance.now() - seedStart;
  const dir = mkdtempSync(join(tmpdir(), 'orrery-sync-bench-'));
  const reader = await openReader({ dataDir: dir, firstRunFeeds: [] });
  try {
    const account = await reader.addAccount({
      kind: 'ttrss',
      url: server.apiUrl,
      user: user.login,
      password: user.password,
    });
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const loadBefore = loadavg()[0]!;
    const firstStart = performance.now();
    const [first] = (await reader.syncAccounts({ accountId: account.id })).accounts;
    const firstMs = performance.now() - firstStart;
    clearInterval(sampler);
    if (first?.error) throw new Error(first.error);
    const noops: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const [noop] = (await reader.syncAccounts({ accountId: account.id })).accounts;
      noops.push(performance.now() - start);
      if (noop?.error) throw new Error(noop.error);
    }
    const noopMs = noops.sort((a, b) => a - b)[1]!;
    const loadAfter = loadavg()[0]!;
    const counts = await reader.unreadCounts({});
    const rows: BenchRow[] = [
      {
        metric: `first sync: ${FEEDS} feeds, ${ENTRIES.toLocaleString('en')} entries`,
        value: `${(firstMs / 1000).toFixed(1)} s (${first!.pulled.entries} entries stored)`,
        budget: '< 60 s',
        ok: firstMs < 60_000 && first!.pulled.entries === ENTRIES,
      },
      {
        metric: 'sync with nothing new (median of 3)',
        value: `${Math.round(noopMs)} ms`,
        budget: '< 1 s',
        ok: noopMs < 1000,
      },
      {
        metric: 'peak process memory during the first sync',
        value: `${Math.round(peakRss / 2 ** 20)} MB (${Math.round(rssBefore / 2 ** 20)} MB before)`,
        budget: '',
        ok: null,
      },
      {
        metric: 'unread / starred after sync',
        value: `${counts.allUnread} / ${counts.starred}`,
        budget: `${ENTRIES / UNREAD_EVERY} / ${ENTRIES / STARRED_EVERY}`,
        ok:
          counts.allUnread === ENTRIES / UNREAD_EVERY && counts.starred === ENTRIES / STARRED_EVERY,
      },
    ];
    return {
      title: 'Sync (Tiny Tiny RSS account)',
      command,
      rows,
      notes: [
        `Debian's tt-rss 21 (API level 15) under php -S with 4 workers, PostgreSQL 15 on the same machine (test/support/ttrss/start.sh); Orrery in the bench process, one account, a fresh data directory.`,
        `The server's database was seeded directly (${Math.round(seedMs)} ms): ${FEEDS} feeds in 10 categories, ${ENTRIES} articles with ~800 bytes of HTML each, a tenth unread, 1% starred.`,
        `Load average (1 min) on the 2 shared cores: ${loadBefore.toFixed(2)} when the first sync started, ${loadAfter.toFixed(2)} after the no-op syncs.`,
        'The first sync pulls every article with content, 200 per getHeadlines call (one page, then three at a time, each stored in one transaction), through the same identity, planet merge and savePosts path as polled feeds, then the unread and starred lists. A no-op sync is two rounds of requests made at once: getCategories, getFeeds, one getHeadlines since the cursor and getCounters; then the starred id list (its pages at once) and, because 3,000 unread ids is over the 2,000 whole-list limit, the unread lists only of feeds whose counts differ (none).',
      ],
    };
  } finally {
    await reader.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
