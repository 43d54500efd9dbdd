// Retention in the background: a first run a minute after polling starts, then every six hours,
// one run at a time. Each run is small steps with the event loop let through (prune.ts).
import type { Store } from '../store/index.ts';
import type { RetentionRules } from '../store/retention.ts';
import { freeImagesOfPrunedPosts, type PrunedImages } from './freeImagesOfPrunedPosts.ts';
import { prune, type PruneReport } from './prune.ts';

export interface RetentionScheduleOptions {
  readonly rules: RetentionRules;
  readonly now: () => Date;
  readonly firstRunAfterMs?: number;
  readonly everyMs?: number;
  /** The image cache, which frees the images of pruned posts. */
  readonly images?: PrunedImages;
}

export class RetentionSchedule {
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #firstRunAfterMs: number;
  readonly #everyMs: number;
  readonly #images: PrunedImages | undefined;
  readonly #abort = new AbortController();
  #rules: RetentionRules;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<PruneReport> | null = null;

  constructor(store: Store, options: RetentionScheduleOptions) {
    this.#store = store;
    this.#rules = options.rules;
    this.#now = options.now;
    this.#firstRunAfterMs = options.firstRunAfterMs ?? 60_000;
    this.#everyMs = options.everyMs ?? 6 * 3_600_000;
    this.#images = options.images;
  }

  setRules(rules: RetentionRules): void {
    this.#rules = rules;
  }

  start(): void {
    if (this.#timer || this.#abort.signal.aborted) return;
    const later = (ms: number) => {
      this.#timer = setTimeout(() => {
        void this.runNow().catch((error) => console.error('orrery: pruning failed', error));
        later(this.#everyMs);
      }, ms);
      this.#timer.unref();
    };
    later(this.#firstRunAfterMs);
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Runs now, after any run in progress. enableVacuum converts an old database first (CLI only). */
  async runNow(options: { dryRun?: boolean; enableVacuum?: boolean } = {}): Promise<PruneReport> {
    await this.#running?.catch(() => undefined);
    if (options.enableVacuum && !options.dryRun) this.#store.enableIncrementalVacuum();
    const run = prune(this.#store, {
      rules: this.#rules,
      now: this.#now(),
      dryRun: options.dryRun ?? false,
      onPruned: freeImagesOfPrunedPosts(this.#images),
      signal: this.#abort.signal,
    });
    this.#running = run;
    try {
      return await run;
    } finally {
      if (this.#running === run) this.#running = null;
    }
  }

  /** Stops between steps and waits for the step in progress. */
  async close(): Promise<void> {
    this.stop();
    this.#abort.abort();
    await this.#running?.catch(() => undefined);
  }
}
