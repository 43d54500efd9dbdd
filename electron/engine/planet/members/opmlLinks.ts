// Where a planet keeps its member list as OPML: what its home page links to (<link> or <a> to an
// .opml file or text/x-opml), then the usual /opml.xml next to the page and at the site root.
import { Parser } from 'htmlparser2';

export function opmlAddresses(html: string | null, pageUrl: string): string[] {
  const found: string[] = [];
  const add = (href: string | undefined) => {
    if (!href) return;
    try {
      const url = new URL(href.trim(), pageUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href)) {
        found.push(url.href);
      }
    } catch {
      // not an address
    }
  };
  if (html !== null) {
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          if (name !== 'link' && name !== 'a') return;
          const type = (attributes.type ?? '').toLowerCase();
          const href = attributes.href ?? '';
          if (type.includes('opml') || /\.opml(\?|$)|\/opml(\.xml)?(\?|$)/i.test(href)) add(href);
        },
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
    parser.write(html.slice(0, 2_000_000));
    parser.end();
  }
  add(new URL('opml.xml', pageUrl).href);
  add(new URL('/opml.xml', pageUrl).href);
  return found;
}
