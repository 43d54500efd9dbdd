// Running retention: pruner steps sized to stay well under 50 ms each, with the event loop
// let through between them (the app's main thread keeps answering), then the search index
// compacted and the file shrunk (incremental vacuum), both in bounded steps too. Meanwhile the
// WAL is checkpointed on a worker thread (store/walCheckpointer.ts) and FTS5's segment
// rewrites are held (store/searchCompaction.ts). The removed posts' search-index rows are
// cleaned after the posts are gone (searchCleanup.ts).
// A dry run does the same work in one transaction that is rolled back: exact counts, no change.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PrunedHook, Pruner, RetentionRules } from '../store/retention.ts';
import type { Store } from '../store/index.ts';
import { pacedSteps } from './pacedSteps.ts';
import { cleanSearchIndex } from './searchCleanup.ts';

export interface PruneReport {
  readonly dryRun: boolean;
  readonly keepReadDays: number;
  readonly maxPerFeed: number;
  /** Posts removed (or that would be). */
  readonly removed: number;
  readonly olderThanLimit: number;
  readonly beyondFeedLimit: number;
  readonly feeds: readonly { id: number; title: string; removed: number }[];
  /** Database file pages given back to the file system. */
  readonly freedPages: number;
}

export interface PruneOptions {
  readonly rules: RetentionRules;
  readonly now: Date;
  readonly dryRun?: boolean;
  readonly onPruned?: PrunedHook;
  /** Target time of one step (one transaction). Default 20 ms, well under the 50 ms budget. */
  readonly stepBudgetMs?: number;
  /** Stops between steps when set (the reader is closing). */
  readonly signal?: AbortSignal;
}

const firstStepSize = 100;
const maxStepSize = 5000;
const vacuumPagesPerStep = 256;
/** Search-index pages merged per step: about 25 ms on the bench's 2 cores under load. */
const searchMergePagesPerStep = 64;

/** Steps until the pruner is done (or the run is stopped), sizing each by the last one's pace. */
async function removeAll(
  pruner: Pruner,
  budgetMs: number,
  between: () => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  try {
    await pacedSteps((size) => pruner.step(size), {
      budgetMs,
      firstSize: firstStepSize,
      maxSize: maxStepSize,
      between,
      signal,
    });
  } finally {
    pruner.close();
  }
}

/** Compacts the search index, then gives free pages back to the file system; pages freed. */
async function compactAndShrink(
  store: Store,
  between: () => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<number> {
  for (let more = true; more && !signal?.aborted;) {
    more = store.searchMergeStep(searchMergePagesPerStep);
    await between();
  }
  let freedPages = 0;
  for (let remaining = 1; remaining > 0 && !signal?.aborted;) {
    const step = store.vacuumStep(vacuumPagesPerStep);
    freedPages += step.freed;
    remaining = step.freed > 0 ? step.remaining : 0;
    await between();
  }
  return freedPages;
}

function dryRun(store: Store, options: PruneOptions): Pruner {
  return store.rolledBack(() => {
    const dry = store.createPruner(options.rules, options.now);
    try {
      for (let more = true; more;) more = dry.step(maxStepSize);
    } finally {
      dry.close();
    }
    return dry;
  });
}

export async function prune(store: Store, options: PruneOptions): Promise<PruneReport> {
  if (options.dryRun) return report(store, dryRun(store, options), options, 0);
  const pruner = store.createPruner(options.rules, options.now, options.onPruned);
  const checkpoints = store.backgroundCheckpoints();
  const between = async () => {
    await checkpoints.between();
    await yieldToEventLoop();
  };
  store.holdSearchMerges();
  try {
    const budgetMs = options.stepBudgetMs ?? 20;
    await removeAll(pruner, budgetMs, between, options.signal);
    if (!options.signal?.aborted) {
      await cleanSearchIndex(store, { budgetMs, between, signal: options.signal });
    }
    store.releaseSearchMerges();
    const removed = pruner.tally.olderThanLimit + pruner.tally.beyondFeedLimit;
    const freedPages = removed ? await compactAndShrink(store, between, options.signal) : 0;
    return report(store, pruner, options, freedPages);
  } finally {
    store.releaseSearchMerges();
    await checkpoints.stop();
  }
}

function report(
  store: Store,
  pruner: Pruner,
  options: PruneOptions,
  freedPages: number,
): PruneReport {
  const { tally } = pruner;
  const titles = new Map(store.listFeedRecords().map((feed) => [feed.id, feed.title]));
  return {
    dryRun: options.dryRun ?? false,
    keepReadDays: options.rules.keepReadDays,
    maxPerFeed: options.rules.maxPerFeed,
    removed: tally.olderThanLimit + tally.beyondFeedLimit,
    olderThanLimit: tally.olderThanLimit,
    beyondFeedLimit: tally.beyondFeedLimit,
    feeds: [...tally.perFeed]
      .map(([id, removed]) => ({ id, title: titles.get(id) ?? '', removed }))
      .sort((a, b) => b.removed - a.removed || a.id - b.id),
    freedPages,
  };
}
