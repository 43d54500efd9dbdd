// Finding a feed's icon, at most weekly: the icon the feed names (image/icon/logo), else the
// site's <link rel=icon>/apple-touch-icon, else /favicon.ico. The first candidate that is an
// image is kept, in the same content-addressed store as post images.
import { conditionalGet } from '../fetch/conditionalGet.ts';
import type { ConcurrencyLimiter, FetchOptions } from '../fetch/types.ts';
import type { IconToFind, ImageIndex, ImageRecord } from '../store/imageIndex.ts';
import { allowedByTestGuard } from './loopbackOnly.ts';
import { imageOnUserGivenHost } from './privateImageHosts.ts';
import { faviconOf, siteIconLinks, siteOf } from './siteIcons.ts';

export const iconRefreshMs = 7 * 24 * 60 * 60 * 1000;
const maxPageBytes = 1024 * 1024;

export interface IconFinderDeps {
  readonly index: ImageIndex;
  readonly fetch: FetchOptions;
  readonly limiter: ConcurrencyLimiter;
  readonly signal: AbortSignal;
  /** Hosts of the feeds the user gave (privateImageHosts.ts), read once per background pass. */
  userGivenHosts(): ReadonlySet<string>;
  /** Fetches (or revalidates) one image into the cache. */
  fetchImage(image: ImageRecord): Promise<void>;
}

/** Looks for one feed's icon and records what it found (or that there is none, for a week). */
export async function findFeedIcon(feed: IconToFind, deps: IconFinderDeps, nowIso: () => string) {
  const found = await findIcon(feed.declaredUrl, siteOf(feed.siteUrl, feed.feedUrl), deps);
  if (found !== undefined) deps.index.setFeedIcon(feed.feedId, found, nowIso());
}

/** Looks for a web site's own icon (a planet member's site, by origin), the same way. */
export async function findSiteIcon(site: string, deps: IconFinderDeps, nowIso: () => string) {
  const found = await findIcon(null, site, deps);
  if (found !== undefined) deps.index.setSiteIcon(site, found, nowIso());
}

/** The id of the first candidate that is an image, null when none is; undefined when aborted. */
async function findIcon(
  declaredUrl: string | null,
  site: string | null,
  deps: IconFinderDeps,
): Promise<number | null | undefined> {
  let siteLinks: string[] | null = null;
  const candidates = async function* (): AsyncGenerator<string> {
    if (declaredUrl) yield declaredUrl;
    if (!site) return;
    siteLinks ??= await iconLinksOfPage(site, deps);
    yield* siteLinks;
    const favicon = faviconOf(site);
    if (favicon) yield favicon;
  };
  for await (const url of candidates()) {
    if (deps.signal.aborted) return undefined;
    await deps.fetchImage(deps.index.ensureImage(url));
    const image = deps.index.imageByUrl(url);
    if (image?.status === 'ok') return image.id;
  }
  return deps.signal.aborted ? undefined : null;
}

async function iconLinksOfPage(site: string, deps: IconFinderDeps): Promise<string[]> {
  if (!allowedByTestGuard(site)) return [];
  const outcome = await conditionalGet(
    {
      url: site,
      accept: 'text/html, application/xhtml+xml;q=0.9',
      signal: deps.signal,
      userGiven: imageOnUserGivenHost(site, deps.userGivenHosts()),
    },
    { ...deps.fetch, maxBytes: maxPageBytes, limiter: deps.limiter },
  );
  if (outcome.kind !== 'ok') return [];
  return siteIconLinks(new TextDecoder().decode(outcome.body), outcome.finalUrl);
}
