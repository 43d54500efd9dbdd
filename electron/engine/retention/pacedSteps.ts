// Background work in steps of about `budgetMs` each, with the event loop let through between
// them: each step's size is the one that would have taken the budget at the last step's pace,
// at most doubled or halved. A step is mostly per-item work, so the size tracks the budget in a
// step or two, and one slow step (the machine busy elsewhere) does not collapse it to a crawl.

export interface PacedOptions {
  readonly budgetMs: number;
  readonly firstSize: number;
  readonly maxSize: number;
  /** Runs between two steps (yields to the event loop). */
  readonly between: () => Promise<void>;
  /** Stops between steps when aborted. */
  readonly signal: AbortSignal | undefined;
}

/** Runs step(size) until it returns false (no work left) or the signal stops it. */
export async function pacedSteps(
  step: (size: number) => boolean,
  options: PacedOptions,
): Promise<void> {
  let size = options.firstSize;
  for (let more = true; more && !options.signal?.aborted;) {
    const started = performance.now();
    more = step(size);
    const ms = Math.max(0.1, performance.now() - started);
    const paced = Math.floor((size * options.budgetMs) / ms);
    const next = Math.min(size * 2, Math.max(Math.floor(size / 2), paced));
    size = Math.min(options.maxSize, Math.max(1, next));
    await options.between();
  }
}
