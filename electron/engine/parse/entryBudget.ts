// Builds a feed's entries in document order until a time budget runs out. Every item of a
// legitimate large feed fits easily (20,000 items take well under a second); a hostile feed of
// millions of tiny items is cut, and the cut is a sentence for the feed's status line, not a
// silent loss. Time is this thread's CPU time: a busy machine must not cut a legitimate feed
// (wall time did, at 14,000 of 20,000 items, with 15 processes sharing two cores).
import { MAX_ENTRY_BUILD_MS } from './limits.ts';

export interface EntriesRead<T> {
  readonly entries: T[];
  /** Set when the budget ran out before the last item: says how many of how many were kept. */
  readonly truncation: string | null;
}

/** How many items are built between looks at the clock. */
const clockEvery = 64;

export function readEntries<I, T>(
  items: readonly I[],
  build: (item: I, index: number) => T,
  budgetMs: number = MAX_ENTRY_BUILD_MS,
  clock: () => number = threadCpuMs,
): EntriesRead<T> {
  const entries: T[] = [];
  const stopAt = clock() + budgetMs;
  for (let index = 0; index < items.length; index += 1) {
    if (index % clockEvery === clockEvery - 1 && clock() > stopAt) {
      return { entries, truncation: truncationSentence(index, items.length, budgetMs) };
    }
    entries.push(build(items[index] as I, index));
  }
  return { entries, truncation: null };
}

export function truncationSentence(kept: number, total: number, budgetMs: number): string {
  const count = (n: number): string => n.toLocaleString('en-AU');
  return `Orrery kept the first ${count(kept)} of this feed's ${count(total)} items: the rest would have taken longer than the ${Math.round(budgetMs / 1000)} s it allows one feed.`;
}

/** CPU time this thread has used, in ms (the whole process's where threads are not told apart). */
export function threadCpuMs(): number {
  const usage =
    typeof process.threadCpuUsage === 'function' ? process.threadCpuUsage() : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
