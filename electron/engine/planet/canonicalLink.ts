// The canonical form of a post's address, used only as an identity key: two links that a
// person would call "the same page" must come out equal, two different pages must not.

/** Query parameters that only say how a reader arrived (campaign and click trackers). */
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'igshid',
]);

function isTrackingParameter(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('utm_')) return true;
  if (TRACKING_NAMES.has(lower)) return true;
  // Medium appends ?source=rss-<user>------2 to every link in its feeds.
  if (lower === 'source' && value.toLowerCase().startsWith('rss')) return true;
  return false;
}

function decodeQueryPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** The query string without trackers, in the original order and spelling. */
function stripTracking(search: string): string {
  if (search === '' || search === '?') return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const eq = pair.indexOf('=');
      const name = decodeQueryPart(eq === -1 ? pair : pair.slice(0, eq));
      const value = eq === -1 ? '' : decodeQueryPart(pair.slice(eq + 1));
      return !isTrackingParameter(name, value);
    });
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/**
 * Lower-case scheme and host, http folded into https, default ports dropped, no fragment,
 * tracking parameters removed, trailing slash folded. `www.` is kept: it can be another site.
 * Returns null for anything that is not an absolute http(s) address.
 */
export function canonicalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  // An explicit :80 on http (or :443 on https) is already dropped by the URL parser.
  const port = parsed.port === '' || parsed.port === '443' ? '' : `:${parsed.port}`;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  // The root stays "/" (the URL parser gives it whether or not it was written).
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  return `https://${host}${port}${path}${stripTracking(parsed.search)}`;
}

/** The host of an http(s) address without a leading `www.`, for "same site" comparisons; null otherwise. */
export function siteHost(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
