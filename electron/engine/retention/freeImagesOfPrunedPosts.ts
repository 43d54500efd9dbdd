// Hook: the image cache (issue 8, images) frees the cached images of posts that retention
// removes. Called inside the prune step's transaction with the ids of the posts about to go.
import type { PrunedHook } from '../store/retention.ts';

/** Until the image cache lands on main there are no cached images to free. */
export function freeImagesOfPrunedPosts(): PrunedHook {
  return () => {};
}
