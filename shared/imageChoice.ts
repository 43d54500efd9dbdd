// Which address an <img> shows, and which images are tracking pixels: one rule for the engine
// (what it fetches into the cache) and the renderer (which cache address it asks for), so both
// name the same image. Pure and dependency-free: runs in Node and in the browser.

/** Attribute lookup of one element (lower-case names). */
export type Attributes = (name: string) => string | null | undefined;

/** The largest candidate of a srcset ("a.jpg 480w, b.jpg 1080w" -> b.jpg), or null. */
export function bestSrcsetCandidate(srcset: string | null | undefined): string | null {
  if (!srcset) return null;
  let best: string | null = null;
  let bestScore = -1;
  for (const part of srcset.slice(0, 8192).split(',')) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const match = /^(\d+(?:\.\d+)?)([wx])$/i.exec(descriptor);
    // Widths outrank densities: a 1080w candidate is a real size, a 2x one a guess.
    const score = match ? Number(match[1]) * (match[2]!.toLowerCase() === 'w' ? 1 : 0.001) : 0;
    if (score > bestScore) {
      best = url;
      bestScore = score;
    }
  }
  return best;
}

/** An absolute http(s) address in its normal form, or null. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (!/^https?:\/\//i.test(text) || text.length > 4096) return null;
  try {
    return new URL(text).href;
  } catch {
    return null;
  }
}

/** The image an <img> (or <source>) shows: lazy-loading attributes first, then srcset's best
 * candidate, then src. Null when it names no http(s) image. */
export function chosenImageUrl(attr: Attributes): string | null {
  const candidates = [
    bestSrcsetCandidate(attr('data-srcset') ?? attr('data-lazy-srcset')),
    attr('data-src'),
    attr('data-lazy-src'),
    attr('data-original'),
    bestSrcsetCandidate(attr('srcset')),
    attr('src'),
  ];
  for (const candidate of candidates) {
    const url = httpUrl(candidate);
    if (url) return url;
  }
  return null;
}

/** Hosts that serve only counting pixels (seen in feeds: FeedBurner, WordPress.com, Medium …). */
const trackerHosts = new Set([
  'pixel.wp.com',
  'stats.wordpress.com',
  'www.google-analytics.com',
  'google-analytics.com',
  'stats.g.doubleclick.net',
  'ad.doubleclick.net',
  'pixel.quantserve.com',
  'sb.scorecardresearch.com',
  'b.scorecardresearch.com',
  'pi.feedsportal.com',
  'feeds.feedblitz.com',
  'www.facebook.com',
  'bat.bing.com',
  'analytics.twitter.com',
  'pixel.mathtag.com',
  'counter.yadro.ru',
]);

/** Paths that count readers on hosts that also serve real images. */
const trackerPaths: readonly [host: RegExp, path: RegExp][] = [
  [/^feeds\.feedburner\.com$|^feedproxy\.google\.com$/, /^\/~r\//],
  [/(^|\.)medium\.com$/, /^\/_\/stat\b/],
  [/(^|\.)substack\.com$/, /^\/(open|o)\//],
  [/.*/, /\/(pixel|tracking-pixel|beacon)\.(gif|png)$/i],
];

/** A known tracker address, or an image declared 0 or 1 pixel wide or high. */
export function isTrackingPixel(url: string, attr?: Attributes): boolean {
  if (attr) {
    for (const name of ['width', 'height']) {
      const value = attr(name)?.trim();
      if (value !== undefined && value !== null && /^[01](\.0*)?(px)?$/i.test(value)) return true;
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  if (trackerHosts.has(host)) return true;
  return trackerPaths.some(
    ([hostRule, pathRule]) => hostRule.test(host) && pathRule.test(parsed.pathname),
  );
}
