// Feed autodiscovery: the <link rel="alternate" type="…feed type…"> elements of a web page.
// The page is untrusted: only http(s) results come out, whatever the hrefs and <base> say.
import { Parser } from 'htmlparser2';

export interface DiscoveredFeed {
  /** Absolute http(s) address. */
  readonly url: string;
  readonly title: string | null;
  /** The declared media type, lower-cased, without parameters. */
  readonly type: string;
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json', // JSON Feed 1.0
  'application/rdf+xml',
]);

interface FeedLink {
  readonly href: string;
  readonly title: string | null;
  readonly type: string;
}

export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const found = discoverAllFeeds(html, pageUrl).map(({ url, title, type }) => ({
    url,
    title,
    type,
  }));
  const main = found.filter((feed) => !isCommentsFeed(feed));
  // WordPress lists "Site » Comments Feed" after the posts feed: offer it only when it is all there is.
  return main.length > 0 ? main : found;
}

/** Every feed the page links to, each marked as a comments feed or not, comments feeds last. */
export function discoverAllFeeds(
  html: string,
  pageUrl: string,
): (DiscoveredFeed & { readonly comments: boolean })[] {
  const page = httpUrl(pageUrl, undefined);
  if (page === null) return [];
  const links: FeedLink[] = [];
  let baseHref: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && baseHref === null && attributes.href !== undefined) {
          baseHref = attributes.href; // only the first <base href> counts
        } else if (name === 'link') {
          const link = feedLink(attributes);
          if (link !== null) links.push(link);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  // A <base> that is not http(s) (javascript:, data:) is ignored, not obeyed.
  const base = (baseHref !== null ? httpUrl(baseHref, page) : null) ?? page;
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const url = httpUrl(link.href, base);
    if (url === null || seen.has(url.href) || isWordPressRestApi(link, url)) continue;
    seen.add(url.href);
    found.push({ url: url.href, title: link.title, type: link.type });
  }
  const marked = found.map((feed) => ({ ...feed, comments: isCommentsFeed(feed) }));
  return [...marked.filter((feed) => !feed.comments), ...marked.filter((feed) => feed.comments)];
}

function feedLink(attributes: Record<string, string>): FeedLink | null {
  const rel = (attributes.rel ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
  if (!rel.includes('alternate')) return null;
  const type = (attributes.type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FEED_TYPES.has(type)) return null;
  const href = attributes.href?.trim() ?? '';
  if (href === '') return null;
  const title = attributes.title?.replace(/\s+/g, ' ').trim() ?? '';
  return { href, title: title === '' ? null : title, type };
}

function httpUrl(address: string, base: URL | undefined): URL | null {
  try {
    const url = new URL(address.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function isCommentsFeed(feed: DiscoveredFeed): boolean {
  return /comments feed$/i.test(feed.title ?? '') || /\/comments\/feed\/?$/i.test(feed.url);
}

/** WordPress marks its REST API entry for the page as an application/json alternate. */
function isWordPressRestApi(link: FeedLink, url: URL): boolean {
  return (
    link.type === 'application/json' &&
    (url.pathname.includes('/wp-json/') || url.searchParams.has('rest_route'))
  );
}
