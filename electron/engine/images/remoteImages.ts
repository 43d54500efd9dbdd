// The "Remote images" setting and the cache size limit, as the engine takes them.
import { z } from 'zod';

/** keep: fetched in the background as posts arrive; open: fetched when a post is opened;
 * never: only when the person asks for one post's images ("Load images"). */
export const remoteImagesSchema = z.enum(['keep', 'open', 'never']);
export type RemoteImages = z.output<typeof remoteImagesSchema>;

export const defaultRemoteImages: RemoteImages = 'keep';
/** 2 GB. */
export const defaultImageCacheLimitBytes = 2 * 1024 ** 3;
