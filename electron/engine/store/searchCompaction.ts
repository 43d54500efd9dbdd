// The search index during and after a prune. A deleted post leaves a tombstone in the FTS5
// segment that holds it; once a tenth of a segment is tombstones ('deletemerge'), FTS5 rewrites
// the whole segment inside that commit. Pruning 100k posts crossed that line again and again:
// steps of 20 ms took 100-150 ms. So retention holds those merges while it deletes, then
// compacts the index in bounded 'merge' steps (a few dozen pages each) and lets them go again.
// A prune killed midway leaves them held until the next prune ends (a minute after the next
// start): the index only carries its tombstones a little longer.
import type { DatabaseSync } from 'node:sqlite';

/** FTS5's default share of tombstones (percent) at which a segment is rewritten. */
const defaultDeleteMerge = 10;

export function searchCompactionQueries(db: DatabaseSync) {
  // Literal values: FTS5 takes a configuration value only as an SQL integer, and a bound JS
  // number arrives as a real.
  const deleteMerge = (percent: number) =>
    db.prepare(`INSERT INTO entry_search (entry_search, rank) VALUES ('deletemerge', ${percent})`);
  const hold = deleteMerge(0);
  const release = deleteMerge(defaultDeleteMerge);
  const merge = db.prepare("INSERT INTO entry_search (entry_search, rank) VALUES ('merge', ?)");
  const changes = db.prepare('SELECT total_changes() AS n');
  const changeCount = () => (changes.get() as { n: number }).n;

  return {
    /** No segment rewrites while posts are deleted (kept across restarts until released). */
    holdSearchMerges(): void {
      hold.run();
    },
    releaseSearchMerges(): void {
      release.run();
    },
    /** Up to `pages` pages of merging; whether there was any work (FTS5: 2+ changes). */
    searchMergeStep(pages: number): boolean {
      const before = changeCount();
      merge.run(Math.max(1, Math.floor(pages)));
      return changeCount() - before >= 2;
    },
  };
}
