// One sync of one server account: push the outbox, bring the folder/feed tree up to date, pull
// the articles newer than the cursor, then pull the marks the server changed.
//
// Conflicts (a flag changed here and on the server since the last sync): the later change
// wins. A mark made here carries its time; the TT-RSS API gives no time for a change on the
// server, so Orrery dates it at the earliest moment it can have happened, the end of the previous
// sync. Marks made here since then are therefore later, and a sync pushes them before it pulls;
// a mark made here while a sync runs stays queued and is not overwritten by that sync's pull.
import type { AccountSyncResult } from '../../../shared/accounts.ts';
import type { Store } from '../store/index.ts';
import type { AccountRecord } from '../store/accounts.ts';
import { pushMarks } from './pushMarks.ts';
import { storePage, type LocalFeed } from './pullEntries.ts';
import { syncTree } from './syncTree.ts';
import { AccountError, type AccountAdapter, type RemoteCounts } from './types.ts';

/** Every so often all unread and starred lists are pulled, not only where counts differ. */
const FULL_MARKS_EVERY_MS = 6 * 60 * 60 * 1000;
/** Id lists this long are pulled whole on every sync (10 requests of 200). */
const WHOLE_LIST_MAX = 2000;
/** Feeds whose unread lists are asked for at once (the server has a few PHP workers). */
const FEEDS_AT_ONCE = 3;

export interface SyncContext {
  readonly store: Store;
  readonly adapter: AccountAdapter;
  readonly now: () => Date;
}

export async function syncAccount(
  ctx: SyncContext,
  account: AccountRecord,
): Promise<AccountSyncResult> {
  const { store, adapter } = ctx;
  const pulled = { feeds: 0, entries: 0, marks: 0 };
  let pushedMarks = 0;
  try {
    pushedMarks = await pushMarks(adapter, store.accounts, account.id);
    // The tree, the first page of new articles and the counters are asked for at once: a sync
    // with nothing new is then one round trip (plus the starred list), not five in a row.
    const tree = syncTree(store, adapter, account, ctx.now());
    const [feeds, entries, counts] = await Promise.all([
      tree,
      pullNewEntries(ctx, account, tree),
      adapter.counts(),
    ]);
    pulled.feeds = feeds.size;
    pulled.entries = entries;
    pulled.marks = await pullMarks(ctx, account, feeds, counts);
    const lastSyncAt = ctx.now().toISOString();
    store.transaction(() => store.accounts.updateAccount(account.id, { lastSyncAt, error: null }));
    return { account: account.id, pulled, pushed: { marks: pushedMarks }, error: null, lastSyncAt };
  } catch (error) {
    const message =
      error instanceof AccountError
        ? error.message
        : `Orrery could not sync this account: ${(error as Error).message}`;
    store.transaction(() => store.accounts.updateAccount(account.id, { error: message }));
    return {
      account: account.id,
      pulled,
      pushed: { marks: pushedMarks },
      error: message,
      lastSyncAt: account.lastSyncAt,
    };
  }
}

async function pullNewEntries(
  ctx: SyncContext,
  account: AccountRecord,
  tree: Promise<ReadonlyMap<number, LocalFeed>>,
): Promise<number> {
  let cursor = account.entryCursor;
  let added = 0;
  const nowIso = ctx.now().toISOString();
  await ctx.adapter.pullEntries(account.entryCursor, async (page) => {
    // A page is stored only once the tree is: it names the feeds the page's articles go to.
    added += storePage(ctx.store, account.id, await tree, page, nowIso);
    for (const entry of page) cursor = Math.max(cursor, entry.id);
  });
  // Only once every page is stored: a sync cut short asks again from the old cursor.
  if (cursor !== account.entryCursor) {
    ctx.store.transaction(() =>
      ctx.store.accounts.updateAccount(account.id, { entryCursor: cursor }),
    );
  }
  return added;
}

/**
 * Pulls the server's marks. Lists up to a few thousand ids are pulled whole every sync (a few
 * requests: nothing is missed); above that, only the lists of feeds whose unread or starred
 * counts (getCounters, one request) differ from ours, and all of them every few hours.
 * Returns how many posts changed.
 */
async function pullMarks(
  ctx: SyncContext,
  account: AccountRecord,
  feeds: ReadonlyMap<number, LocalFeed>,
  server: RemoteCounts,
): Promise<number> {
  const { store, adapter } = ctx;
  const now = ctx.now();
  const full =
    account.lastFullMarksAt === null ||
    now.getTime() - Date.parse(account.lastFullMarksAt) > FULL_MARKS_EVERY_MS;
  const local = store.accounts.localCounts(account.id);
  const unreadThere = sum(server.unread);
  const starredThere = sum(server.starred);
  const starredDiffer = [...feeds.keys()].some(
    (remoteId) => (server.starred.get(remoteId) ?? 0) !== (local.get(remoteId)?.starred ?? 0),
  );
  const pullStarred = full || starredDiffer || starredThere <= WHOLE_LIST_MAX;
  // The unread and starred lists are asked for at once, like the rounds before.
  const [unreadChanged, starred] = await Promise.all([
    pullUnread(ctx, account, feeds, server, local, full || unreadThere <= WHOLE_LIST_MAX),
    pullStarred ? adapter.starredIds(starredThere) : null,
  ]);
  let changed = unreadChanged;
  if (starred) changed += store.accounts.applyServerStarred(account.id, starred);
  if (full) {
    store.transaction(() =>
      store.accounts.updateAccount(account.id, { lastFullMarksAt: now.toISOString() }),
    );
  }
  return changed;
}

function sum(counts: ReadonlyMap<number, number>): number {
  return [...counts.values()].reduce((total, n) => total + n, 0);
}

/** The unread list whole, or per feed where the counts differ (a few feeds at a time). */
async function pullUnread(
  ctx: SyncContext,
  account: AccountRecord,
  feeds: ReadonlyMap<number, LocalFeed>,
  server: RemoteCounts,
  local: ReadonlyMap<number, { unread: number }>,
  whole: boolean,
): Promise<number> {
  const { store, adapter } = ctx;
  if (whole) {
    const allFeeds = [...feeds.values()].map((feed) => feed.id);
    const unread = await adapter.unreadIds(-4, sum(server.unread));
    return store.accounts.applyServerUnread(account.id, allFeeds, unread);
  }
  const differ = [...feeds].filter(
    ([remoteId]) => (server.unread.get(remoteId) ?? 0) !== (local.get(remoteId)?.unread ?? 0),
  );
  let changed = 0;
  for (let i = 0; i < differ.length; i += FEEDS_AT_ONCE) {
    const lists = await Promise.all(
      differ
        .slice(i, i + FEEDS_AT_ONCE)
        .map(([remoteId]) => adapter.unreadIds(remoteId, server.unread.get(remoteId))),
    );
    lists.forEach((unread, j) => {
      changed += store.accounts.applyServerUnread(account.id, [differ[i + j]![1].id], unread);
    });
  }
  return changed;
}
