// Feeds bind the same namespace to many prefixes (FeedBurner's atom10:, RSS 1.0's default
// namespace, dc vs dcterms typos aside). Element names are rewritten to one canonical prefix per
// namespace before rss-parser builds its tree, so the rest of the parser can use fixed names.

const CANONICAL_PREFIX: Readonly<Record<string, string>> = {
  'http://www.w3.org/2005/Atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://purl.org/rss/1.0/modules/syndication/': 'sy',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
};

/**
 * Names rss-parser would post-process itself in Atom documents, where it throws on an invalid
 * date (new Date(x).toISOString()) or a <link> without attributes. They are renamed so that
 * only our code reads them.
 */
const ATOM_GUARDED = new Set(['link', 'published', 'updated', 'issued', 'modified', 'created']);

/**
 * Bodies rss-parser would turn into a plain-text "snippet" (HTML stripped, entities decoded) that
 * we never use: a fifth of all parsing time on a WordPress feed. Renamed the same way, so that
 * rss-parser passes them through untouched; customFields map them back (see xmlFeed.ts).
 */
const SNIPPETED = new Set(['description', 'content:encoded', 'content']);

/** The name rss-parser sees for an element our code reads as `name`. */
export function guardedName(name: string, isAtomDocument: boolean): string {
  return (isAtomDocument && ATOM_GUARDED.has(name)) || SNIPPETED.has(name) ? `${name}_` : name;
}

/** prefix -> namespace URI, from every xmlns:prefix declaration in the document (first wins). */
function declaredPrefixes(xml: string): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const m of xml.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const prefix = m[1] ?? '';
    if (!prefixes.has(prefix)) prefixes.set(prefix, (m[2] ?? m[3] ?? '').trim());
  }
  return prefixes;
}

/** A tag-name processor for xml2js that canonicalises prefixes. */
export function canonicalTagNames(xml: string, isAtomDocument: boolean): (name: string) => string {
  const prefixes = declaredPrefixes(xml);
  const guard = (name: string): string => guardedName(name, isAtomDocument);
  return (name) => {
    const colon = name.indexOf(':');
    if (colon === -1) return guard(name);
    const uri = prefixes.get(name.slice(0, colon));
    const canonical = uri === undefined ? undefined : CANONICAL_PREFIX[uri];
    if (canonical === undefined) return guard(name);
    const local = name.slice(colon + 1);
    if (canonical === '' || (isAtomDocument && canonical === 'atom')) return guard(local);
    return guard(`${canonical}:${local}`);
  };
}
