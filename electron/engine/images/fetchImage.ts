// One polite GET of an image for the cache: the poller's limiter (per host and in all), the
// stored validators sent back, at most 15 MB, and accepted only when its bytes are an image.
// No cookies and no Referer are ever sent; the User-Agent is Orrery's.
import { conditionalGet } from '../fetch/conditionalGet.ts';
import { describeOutcome } from '../fetch/describeOutcome.ts';
import type { ConcurrencyLimiter, FetchOptions } from '../fetch/types.ts';
import { allowedByTestGuard } from './loopbackOnly.ts';
import { pixelSize, sniffImage, type ImageType } from './sniffImage.ts';

export const maxImageBytes = 15 * 1024 * 1024;
const imageAccept = 'image/avif, image/webp, image/png, image/jpeg, image/gif, image/*;q=0.8';

export type ImageFetch =
  | {
      readonly kind: 'ok';
      readonly bytes: Uint8Array;
      readonly type: ImageType;
      readonly etag: string | null;
      readonly lastModified: string | null;
    }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failed'; readonly message: string };

export interface ImageFetchOptions {
  readonly fetch: FetchOptions;
  readonly limiter: ConcurrencyLimiter;
  readonly signal?: AbortSignal;
}

export async function fetchImage(
  request: {
    url: string;
    etag?: string | null;
    lastModified?: string | null;
    /** May reach a non-public address (privateImageHosts.ts). */
    userGiven?: boolean;
  },
  options: ImageFetchOptions,
): Promise<ImageFetch> {
  if (!allowedByTestGuard(request.url)) {
    return { kind: 'failed', message: 'Not fetched: this run fetches from loopback only.' };
  }
  const outcome = await conditionalGet(
    {
      url: request.url,
      etag: request.etag ?? null,
      lastModified: request.lastModified ?? null,
      accept: imageAccept,
      userGiven: request.userGiven === true,
      ...(options.signal ? { signal: options.signal } : {}),
    },
    {
      ...options.fetch,
      maxBytes: Math.min(options.fetch.maxBytes ?? maxImageBytes, maxImageBytes),
      limiter: options.limiter,
    },
  );
  if (outcome.kind === 'not-modified') return { kind: 'not-modified' };
  if (outcome.kind !== 'ok') {
    return {
      kind: 'failed',
      message: describeOutcome(outcome) ?? 'The image could not be fetched.',
    };
  }
  const type = sniffImage(outcome.body);
  if (type === null)
    return { kind: 'failed', message: 'The address did not answer with an image.' };
  const size = pixelSize(outcome.body, type);
  if (size && size.width <= 1 && size.height <= 1) {
    return { kind: 'failed', message: 'A 1×1 pixel (a tracker), not kept.' };
  }
  return {
    kind: 'ok',
    bytes: outcome.body,
    type,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
  };
}
