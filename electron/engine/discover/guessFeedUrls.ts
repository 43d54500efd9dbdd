// Where feeds usually live, for a page that links to none. The caller fetches these in order
// and keeps the first that parses as a feed; all are on the page's own origin.

const COMMON_FEED_PATHS = [
  'feed',
  'feed/',
  'rss.xml',
  'atom.xml',
  'index.xml',
  'feed.json',
  'rss',
  'rss20.xml',
];

/**
 * At the site root; for a section home page such as https://example.com/blog/, under it first
 * (a blog under /blog/ has /blog/feed/). Deeper pages get root guesses only: on WordPress a
 * post's own /feed/ is its comments feed. Empty for anything that is not an http(s) address.
 */
export function guessFeedUrls(pageUrl: string): string[] {
  let page: URL;
  try {
    page = new URL(pageUrl.trim());
  } catch {
    return [];
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return [];
  const section = /^\/[^/]+\/$/.test(page.pathname) ? page.pathname : null;
  const bases = section === null ? ['/'] : [section, '/'];
  const guesses: string[] = [];
  for (const base of bases) {
    for (const path of COMMON_FEED_PATHS) {
      const guess = new URL(base + path, page.origin).href;
      if (!guesses.includes(guess)) guesses.push(guess);
    }
  }
  return guesses;
}
