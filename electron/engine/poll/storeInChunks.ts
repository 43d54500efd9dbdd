// Storing one feed's posts without holding the main thread for long: a feed of a few hundred
// posts is one unit with its new state (posts and validators, both or neither), as before; a
// large one is stored a chunk at a time (each chunk its own unit of the batch), yielding between
// chunks, with the last chunk and the feed's new state as the final unit. A time budget bounds
// a hostile feed: when it runs out, the posts stored so far are kept and the feed says so. The
// budget counts the CPU time spent storing this feed's chunks, not the wall clock (a loaded
// machine must not cut a legitimate feed) nor other work done between chunks.
import type { EntryRow } from '../../../shared/model.ts';
import type { IncomingPost } from '../planet/incomingPost.ts';
import type { FeedRecord, Store } from '../store/index.ts';
import { threadCpuMs, truncationSentence } from '../parse/entryBudget.ts';

export const storeChunkPosts = 2000;
export const maxStoreMs = 10_000;

export interface StoredFeed {
  readonly added: EntryRow[];
  readonly updated: FeedRecord;
  /** Set when the budget ran out before every post was stored. */
  readonly truncation: string | null;
}

/**
 * Stores posts, then calls finish(truncation) in the same unit as the last chunk to write the
 * feed's new state.
 */
export async function storeInChunks(
  store: Store,
  feedId: number,
  posts: readonly IncomingPost[],
  nowIso: string,
  finish: (truncation: string | null) => FeedRecord,
  budgetMs: number = maxStoreMs,
): Promise<StoredFeed> {
  const added: EntryRow[] = [];
  let spentMs = 0;
  let index = 0;
  let outOfTime = false;
  while (posts.length - index > storeChunkPosts) {
    const chunk = posts.slice(index, index + storeChunkPosts);
    const started = threadCpuMs();
    added.push(...store.batched(() => store.savePosts(feedId, chunk, nowIso).added));
    spentMs += threadCpuMs() - started;
    index += storeChunkPosts;
    // Let the rest of the app (other feeds, the window's requests) run between chunks.
    await new Promise((resolve) => setImmediate(resolve));
    if (spentMs > budgetMs) {
      outOfTime = true;
      break;
    }
  }
  const last = outOfTime ? [] : posts.slice(index);
  const truncation = outOfTime ? truncationSentence(index, posts.length, budgetMs) : null;
  const [lastAdded, updated] = store.batched(
    () => [store.savePosts(feedId, last, nowIso).added, finish(truncation)] as const,
  );
  added.push(...lastAdded);
  if (index > 0) added.sort(newestFirst);
  return { added, updated, truncation };
}

function newestFirst(a: EntryRow, b: EntryRow): number {
  return a.published === b.published ? b.id - a.id : a.published < b.published ? 1 : -1;
}
