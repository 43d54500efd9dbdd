// After a prune: the search-index rows of the removed posts, left by the prune steps
// (store/staleSearchRows.ts), are cleaned in paced steps. When most of the index went, it was
// cleared and the surviving posts are indexed again instead, which costs a fraction of deleting
// the rest row by row. Searches stay right throughout: they join the posts (a stale row matches
// nothing) and index whatever is still queued before they run.
import type { Store } from '../store/index.ts';
import { pacedSteps, type PacedOptions } from './pacedSteps.ts';

type Pacing = Pick<PacedOptions, 'budgetMs' | 'between' | 'signal'>;

/** Rows deleted or posts indexed per step: a first guess, then sized by pace. */
const firstSize = 100;
const maxSize = 5000;

export async function cleanSearchIndex(store: Store, pacing: Pacing): Promise<void> {
  const plan = store.planSearchCleanup();
  if (plan === 'none') return;
  await pacing.between();
  if (plan === 'reindex') {
    store.clearSearchIndex();
    await pacing.between();
  }
  const step =
    plan === 'reindex'
      ? (size: number) => store.indexSearchStep(size) === size
      : (size: number) => store.unindexStaleStep(size) === size;
  await pacedSteps(step, { ...pacing, firstSize, maxSize });
}
