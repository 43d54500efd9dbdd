// Images for the article frame and feed icons come only from Orrery's cache, at
// <app origin>/cache/image?u=<address>, /cache/icon?feed=<id> and
// /cache/icon?site=<origin>: the one set of rules the desktop
// protocol (serveApp.ts) and the preview (electron/preview/server.ts) both follow. Plain data and
// web types only, so it runs in Node under test and needs no Electron.
import type { CachedImage } from '../engine/images/imageCache.ts';

export const cachePath = '/cache/';

/** What the cache routes need from the engine (Reader.images). */
export interface ImageSource {
  image(url: string, fetchMissing: boolean): Promise<CachedImage | null>;
  /** The setting allows fetching a miss when a post is opened. */
  readonly fetchesOnDemand: boolean;
  feedIcon?(feedId: number): Promise<CachedImage | null>;
  /** A web site's own icon by origin (planet members without a subscription). */
  siteIcon?(site: string): Promise<CachedImage | null>;
}

export type CacheRequest =
  /** `load`: the person asked for this post's images ("Load images"), whatever the setting. */
  | { readonly kind: 'image'; readonly url: string; readonly load: boolean }
  | { readonly kind: 'icon'; readonly feedId: number }
  | { readonly kind: 'site-icon'; readonly site: string };

/** The cache request a URL names, or null (not a cache address, or a malformed one). */
export function parseCacheRequest(url: URL): CacheRequest | null {
  if (url.pathname === `${cachePath}image`) {
    const address = url.searchParams.get('u');
    if (!address || address.length > 4096 || !/^https?:\/\//i.test(address)) return null;
    return { kind: 'image', url: address, load: url.searchParams.get('load') === '1' };
  }
  if (url.pathname === `${cachePath}icon` && url.searchParams.has('site')) {
    const site = siteOrigin(url.searchParams.get('site') ?? '');
    return site ? { kind: 'site-icon', site } : null;
  }
  if (url.pathname === `${cachePath}icon`) {
    const feedId = Number(url.searchParams.get('feed'));
    if (!Number.isSafeInteger(feedId) || feedId < 1) return null;
    return { kind: 'icon', feedId };
  }
  return null;
}

/** Only an http(s) origin names a site (no path, credentials, query or fragment). */
function siteOrigin(value: string): string | null {
  if (value.length > 2048 || !/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.origin === value.replace(/\/$/, '').toLowerCase() ? url.origin : null;
  } catch {
    return null;
  }
}

export interface CacheAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | null;
}

/** An image never runs anything, even opened on its own (an SVG): it is sandboxed and typed. */
export function cachedImageHeaders(type: string): Record<string, string> {
  return {
    'content-type': type,
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'private, max-age=3600',
  };
}

const missing: CacheAnswer = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body: null,
};

async function imageFor(request: CacheRequest, source: ImageSource): Promise<CachedImage | null> {
  if (request.kind === 'image')
    return source.image(request.url, request.load || source.fetchesOnDemand);
  if (request.kind === 'site-icon') return (await source.siteIcon?.(request.site)) ?? null;
  return (await source.feedIcon?.(request.feedId)) ?? null;
}

/** Reads the cache (fetching a miss through the engine when the setting or the person allows). */
export async function answerCacheRequest(
  request: CacheRequest,
  source: ImageSource | null,
): Promise<CacheAnswer> {
  if (!source) return missing;
  const image = await imageFor(request, source);
  if (!image) return missing;
  return { status: 200, headers: cachedImageHeaders(image.type), body: image.bytes };
}
