// Running retention: pruner steps sized to stay well under 50 ms each, with the event loop
// let through between them (the app's main thread keeps answering), then incremental vacuum.
// A dry run does the same work in one transaction that is rolled back: exact counts, no change.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PrunedHook, Pruner, RetentionRules } from '../store/retention.ts';
import type { Store } from '../store/index.ts';

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
  /** Target time of one step (one transaction). Default 15 ms. */
  readonly stepBudgetMs?: number;
  /** Stops between steps when set (the reader is closing). */
  readonly signal?: AbortSignal;
}

const firstStepSize = 100;
const maxStepSize = 5000;
const vacuumPagesPerStep = 256;

/** One step, then a step size that keeps the next one near the budget. */
function timedStep(pruner: Pruner, size: number, budgetMs: number): [more: boolean, next: number] {
  const started = performance.now();
  const more = pruner.step(size);
  const ms = performance.now() - started;
  if (ms > budgetMs) return [more, Math.max(1, Math.floor(size / 2))];
  if (ms < budgetMs / 3) return [more, Math.min(maxStepSize, size * 2)];
  return [more, size];
}

export async function prune(store: Store, options: PruneOptions): Promise<PruneReport> {
  const budget = options.stepBudgetMs ?? 15;
  const run = async (pruner: Pruner, yieldBetween: boolean): Promise<void> => {
    let size = firstStepSize;
    for (let more = true; more && !options.signal?.aborted;) {
      [more, size] = timedStep(pruner, size, budget);
      if (yieldBetween) await yieldToEventLoop();
    }
  };
  let pruner: Pruner;
  if (options.dryRun) {
    pruner = store.rolledBack(() => {
      const dry = store.createPruner(options.rules, options.now);
      for (let more = true; more;) more = dry.step(maxStepSize);
      return dry;
    });
  } else {
    pruner = store.createPruner(options.rules, options.now, options.onPruned);
    await run(pruner, true);
  }
  let freedPages = 0;
  if (!options.dryRun) {
    for (let remaining = 1; remaining > 0 && !options.signal?.aborted;) {
      const step = store.vacuumStep(vacuumPagesPerStep);
      freedPages += step.freed;
      remaining = step.freed > 0 ? step.remaining : 0;
      await yieldToEventLoop();
    }
  }
  return report(store, pruner, options, freedPages);
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
