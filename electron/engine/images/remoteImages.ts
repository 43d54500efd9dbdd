// The "Remote images" setting and the cache size limit, as the engine takes them (the
// preferences in the data directory, shared/api.ts, hold the person's choice).
import type { Preferences } from '../../../shared/api.ts';

/** keep: fetched in the background as posts arrive; open: fetched when a post is opened;
 * never: only when the person asks for one post's images ("Load images"). */
export type RemoteImages = Preferences['remoteImages'];

export const defaultRemoteImages: RemoteImages = 'keep';
/** 2 GB. */
export const defaultImageCacheLimitBytes = 2 * 1024 ** 3;

export const megabytes = (mb: number): number => mb * 1024 ** 2;
