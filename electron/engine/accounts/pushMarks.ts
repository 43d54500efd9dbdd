// Draining the outbox: marks go to the server in batches of one field and value, oldest first.
// A batch leaves the outbox only after the server took it, so a crash at any point re-sends at
// most the marks in flight, with the same absolute values (never toggles): the same meaning.
import type { AccountStore, OutboxMark } from '../store/accounts.ts';
import type { AccountAdapter } from './types.ts';

const OUTBOX_PAGE = 2000;
/** From this many read marks in one feed, check whether catchupFeed says the same in one call. */
const CATCHUP_MIN = 20;

export async function pushMarks(
  adapter: AccountAdapter,
  accounts: AccountStore,
  accountId: number,
): Promise<number> {
  let pushed = 0;
  for (;;) {
    const marks = accounts.pendingMarks(accountId, OUTBOX_PAGE);
    if (marks.length === 0) return pushed;
    for (const batch of batches(marks)) {
      await pushBatch(adapter, batch);
      accounts.deletePushed(batch.map((mark) => mark.seq));
      pushed += batch.length;
    }
  }
}

/** Same field and value together; the outbox holds one mark per article and field, so order
 * between batches cannot change what any article ends as. */
function batches(marks: readonly OutboxMark[]): OutboxMark[][] {
  const groups = new Map<string, OutboxMark[]>();
  for (const mark of marks) {
    const key = `${mark.field}:${mark.value}`;
    const group = groups.get(key) ?? [];
    group.push(mark);
    groups.set(key, group);
  }
  return [...groups.values()];
}

async function pushBatch(adapter: AccountAdapter, batch: readonly OutboxMark[]): Promise<void> {
  const { field, value } = batch[0]!;
  let rest = batch;
  if (field === 'read' && value) rest = await catchUpWholeFeeds(adapter, batch);
  if (rest.length)
    await adapter.pushMarks({ field, value, remoteIds: rest.map((m) => m.remoteId) });
}

/**
 * Mark-all-read of a feed, bounded like the local one: catchupFeed only where the server's
 * unread articles of that feed are exactly among the ones marked here (nothing newer would be
 * caught up with them); everything else goes by id. Returns the marks still to push by id.
 */
async function catchUpWholeFeeds(
  adapter: AccountAdapter,
  batch: readonly OutboxMark[],
): Promise<OutboxMark[]> {
  const byFeed = new Map<number, OutboxMark[]>();
  const rest: OutboxMark[] = [];
  for (const mark of batch) {
    if (mark.remoteFeedId === null) rest.push(mark);
    else byFeed.set(mark.remoteFeedId, [...(byFeed.get(mark.remoteFeedId) ?? []), mark]);
  }
  for (const [feedId, marks] of byFeed) {
    if (marks.length < CATCHUP_MIN) {
      rest.push(...marks);
      continue;
    }
    const marked = new Set(marks.map((mark) => mark.remoteId));
    const unreadThere = await adapter.unreadIds(feedId);
    if (unreadThere.length > 0 && unreadThere.every((id) => marked.has(id))) {
      await adapter.catchupFeed(feedId);
    } else {
      rest.push(...marks);
    }
  }
  return rest;
}
