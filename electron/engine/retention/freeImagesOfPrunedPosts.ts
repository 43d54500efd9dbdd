// Hook: the image cache (issue 8, images) frees the cached images of posts that retention
// removes. Called inside the prune step's transaction with the ids of the posts about to go.
import type { PrunedHook } from '../store/retention.ts';

/** What the hook needs of the image cache (images/imageCache.ts). */
export interface PrunedImages {
  /** Forgets the posts' images in the open transaction; files go once it has committed. */
  releaseImagesOfPruned(entryIds: readonly number[]): void;
}

export function freeImagesOfPrunedPosts(images: PrunedImages | undefined): PrunedHook {
  return (entryIds) => images?.releaseImagesOfPruned(entryIds);
}
