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
import { AccountError, type AccountAdapter } from './types.ts';

/** Every so often all unread and starred lists are pulled, not only where counts differ. */
const FULL_MARKS_EVERY_MS = 6 * 60 * 60 * 1000;
/** Id lists this long are pulled whole on every sync (10 requests of 200). */
const WHOLE_LIST_MAX = 2000;

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
    const feeds = await syncTree(store, adapter, account, ctx.now());
    pulled.feeds = feeds.size;
    pulled.entries = await pullNewEntries(ctx, account, feeds);
    pulled.marks = await pullMarks(ctx, account, feeds);
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
  feeds: ReadonlyMap<number, LocalFeed>,
): Promise<number> {
  let cursor = account.entryCursor;
  let added = 0;
  const nowIso = ctx.now().toISOString();
  await ctx.adapter.pullEntries(account.entryCursor, (page) => {
    added += storePage(ctx.store, account.id, feeds, page, nowIso);
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
): Promise<number> {
  const { store, adapter } = ctx;
  const now = ctx.now();
  const full =
    account.lastFullMarksAt === null ||
    now.getTime() - Date.parse(account.lastFullMarksAt) > FULL_MARKS_EVERY_MS;
  const server = await adapter.counts();
  const local = store.accounts.localCounts(account.id);
  const sum = (counts: ReadonlyMap<number, number>) =>
    [...counts.values()].reduce((total, n) => total + n, 0);
  let changed = 0;
  if (full || sum(server.unread) <= WHOLE_LIST_MAX) {
    const allFeeds = [...feeds.values()].map((feed) => feed.id);
    changed += store.accounts.applyServerUnread(account.id, allFeeds, await adapter.unreadIds(-4));
  } else {
    for (const [remoteId, feed] of feeds) {
      const here = local.get(remoteId)?.unread ?? 0;
      if ((server.unread.get(remoteId) ?? 0) === here) continue;
      const unread = await adapter.unreadIds(remoteId);
      changed += store.accounts.applyServerUnread(account.id, [feed.id], unread);
    }
  }
  const starredDiffer = [...feeds.keys()].some(
    (remoteId) => (server.starred.get(remoteId) ?? 0) !== (local.get(remoteId)?.starred ?? 0),
  );
  if (full || starredDiffer || sum(server.starred) <= WHOLE_LIST_MAX) {
    changed += store.accounts.applyServerStarred(account.id, await adapter.starredIds());
  }
  if (full) {
    store.transaction(() =>
      store.accounts.updateAccount(account.id, { lastFullMarksAt: now.toISOString() }),
    );
  }
  return changed;
}
