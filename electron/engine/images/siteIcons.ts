// A web site's own icons, from its home page: <link rel="apple-touch-icon"> (large, square) first,
// then rel="icon" by declared size, largest first; /favicon.ico is the caller's last resort.
import { Parser } from 'htmlparser2';
import { httpUrl } from '../../../shared/imageChoice.ts';

const maxHeadScanned = 512 * 1024;

export function siteIconLinks(html: string, pageUrl: string): string[] {
  const found: { url: string; score: number }[] = [];
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'body') done = true;
        if (done || name !== 'link') return;
        const rel = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('icon') && !rel.some((word) => word.startsWith('apple-touch-icon')))
          return;
        const url = absoluteHttp(attributes['href'] ?? '', pageUrl);
        if (!url) return;
        const size = Math.max(
          0,
          ...(attributes['sizes'] ?? '')
            .split(/\s+/)
            .map((s) => Number(/^(\d+)x\d+$/i.exec(s)?.[1] ?? 0)),
        );
        const touch = rel.some((word) => word.startsWith('apple-touch-icon'));
        found.push({ url, score: (touch ? 10_000 : 0) + (size || (touch ? 180 : 16)) });
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html.slice(0, maxHeadScanned));
  return [...new Set(found.sort((a, b) => b.score - a.score).map((icon) => icon.url))];
}

function absoluteHttp(href: string, base: string): string | null {
  try {
    return httpUrl(new URL(href, base).href);
  } catch {
    return null;
  }
}

/** The site a feed belongs to: its declared site, else the feed's own origin. */
export function siteOf(siteUrl: string | null, feedUrl: string): string | null {
  for (const candidate of [siteUrl, feedUrl]) {
    const url = httpUrl(candidate);
    if (url) return url;
  }
  return null;
}

export function faviconOf(site: string): string | null {
  try {
    return new URL('/favicon.ico', site).href;
  } catch {
    return null;
  }
}

/** The origin of an http(s) address ("https://example.org"), or null. */
export function httpOrigin(address: string): string | null {
  const url = httpUrl(address);
  return url ? new URL(url).origin : null;
}
