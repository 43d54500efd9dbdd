// RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through rss-parser's parseString. rss-parser builds the
// xml2js tree and recognises the format; customFields (keepArray) hand us the raw elements it
// would otherwise drop (every dc:creator, enclosure, media:*, guid isPermaLink, <source>,
// Atom links), and a sax side pass supplies xml:base and Atom xhtml content order.
import RssParser from 'rss-parser';
import type { EntrySource, ParsedEnclosure, ParsedEntry, ParsedFeed } from './types.ts';
import { children, textOf, attrOf, firstText, firstBody, type XmlNode } from './xmlTree.ts';
import { canonicalTagNames, guardedName } from './namespaces.ts';
import { readSideInfo, type EntrySideInfo, type SideInfo } from './xmlSidePass.ts';
import { notInFuture, parseDate, zoneOfDate } from './dates.ts';
import { plainText, textToHtml } from './text.ts';
import { authorName } from './authors.ts';
import { absolutizeHtml, combineBases, resolveUrl } from './urls.ts';
import { MAX_CONTENT_CHARS, MAX_TITLE_CHARS } from './limits.ts';
import { readEntries } from './entryBudget.ts';
import { feedIconFields, feedIconOf } from './feedIcon.ts';

type Format = ParsedFeed['format'];
type Raw = Record<string, unknown>;

const ITEM_FIELDS = [
  'title',
  'dc:title',
  'guid',
  'link',
  'link_',
  'atom:link',
  'id',
  'author',
  'dc:creator',
  'itunes:author',
  'pubDate',
  'dc:date',
  'dcterms:created',
  'dcterms:issued',
  'dcterms:modified',
  'atom:published',
  'atom:updated',
  'published_',
  'updated_',
  'issued_',
  'modified_',
  'created_',
  'content:encoded',
  'content',
  'description',
  'summary',
  'enclosure',
  'media:content',
  'media:group',
  'media:thumbnail',
  'itunes:image',
  'category',
  'dc:subject',
  'source',
  'atom:source',
  'feedburner:origLink',
  'media:description',
  '$',
];
const FEED_FIELDS = [
  'title',
  'dc:title',
  'lastBuildDate',
  'pubDate',
  'dc:date',
  'link',
  'link_',
  'atom:link',
  'description',
  'subtitle',
  'tagline',
  'generator',
  'ttl',
  'sy:updatePeriod',
  'sy:updateFrequency',
  'author',
  'id',
  'channel',
  ...feedIconFields,
  '$',
];

/**
 * customFields entry: the element as rss-parser's tree names it -> raw:<name>. Bodies carry the
 * snippet guard (guardedName); the Atom-guarded names are listed here already suffixed (link_ …).
 */
function rawField(name: string): [string, string, { keepArray: true }] {
  const from = name.endsWith('_') ? name : guardedName(name, false);
  return [from, `raw:${name}`, { keepArray: true }];
}

export interface XmlFeedOutcome {
  readonly feed: ParsedFeed;
}

/** Parse already-defused feed XML. Throws what rss-parser/sax throw on malformed XML. */
export async function parseXmlFeed(
  xml: string,
  documentUrl: string,
  rootName: string,
  warnings: string[],
): Promise<ParsedFeed> {
  const isAtom = rootName.replace(/^.*:/, '') === 'feed';
  const parser = new RssParser({
    defaultRSS: 2,
    xml2js: { tagNameProcessors: [canonicalTagNames(xml, isAtom)] },
    customFields: {
      feed: FEED_FIELDS.map(rawField) as never,
      item: ITEM_FIELDS.map(rawField) as never,
    },
  });
  const output = (await parser.parseString(xml)) as unknown as Raw & { items?: Raw[] };
  const format = detectFormat(rootName, output);
  const side: SideInfo =
    xml.includes('xml:base') || xml.includes('xhtml')
      ? readSideInfo(xml, documentUrl)
      : { feedBase: null, entries: [] };

  const channel = rawFeed(output);
  const linkNodes = isAtom ? children(channel, 'link_') : children(channel, 'atom:link');
  const rssLink = isAtom ? null : firstText(channel, 'link');
  const siteLink = rssLink ?? atomLinkHref(linkNodes, 'alternate');
  const siteUrl = resolveUrl(siteLink, combineBases([side.feedBase, documentUrl]));
  const feedBase = combineBases([side.feedBase, siteUrl, documentUrl]);

  const feedAuthor = isAtom ? atomAuthorNames(channel) : [];
  const dates: DateRules = { zoneMinutes: feedZone(channel), now: Date.now() };
  const { entries, truncation } = readEntries(output.items ?? [], (item, index) =>
    buildEntry(item, isAtom, feedBase, side.entries[index], feedAuthor, warnings, dates),
  );

  return {
    format,
    title: capTitle(
      plainText(
        isAtom
          ? atomTitle(children(channel, 'title')[0], side.feedXhtmlTitle ?? null)
          : firstText(channel, 'title', 'dc:title'),
      ),
      warnings,
    ),
    siteUrl,
    selfUrl: resolveUrl(atomLinkHref(linkNodes, 'self', false), documentUrl),
    description: firstText(channel, 'description', 'subtitle', 'tagline'),
    generator: generatorOf(channel),
    iconUrl: feedIconOf(channel, feedBase),
    ttlMinutes: ttlMinutes(channel),
    entries,
    truncation,
    warnings,
  };
}

function detectFormat(rootName: string, output: Raw): Format {
  const local = rootName.replace(/^.*:/, '');
  if (local === 'feed') return 'atom';
  if (local === 'RDF') return 'rdf';
  void output;
  return 'rss';
}

/** rss-parser copies feed-level custom fields from the channel (RSS) or the feed element (Atom). */
function rawFeed(output: Raw): Raw {
  const raw: Raw = {};
  for (const name of FEED_FIELDS) {
    const value = output[`raw:${name}`];
    if (value !== undefined) raw[name] = value;
  }
  return raw;
}

function capTitle(title: string, warnings: string[]): string {
  if (title.length <= MAX_TITLE_CHARS) return title;
  warnings.push(`A title of ${title.length} characters was cut to ${MAX_TITLE_CHARS}.`);
  return `${title.slice(0, MAX_TITLE_CHARS - 1)}…`;
}

function capContent(html: string | null, warnings: string[]): string | null {
  if (html === null || html.length <= MAX_CONTENT_CHARS) return html;
  warnings.push(`An entry's content of ${html.length} characters was cut to ${MAX_CONTENT_CHARS}.`);
  return html.slice(0, MAX_CONTENT_CHARS);
}

/** Same bound as content, silently: a summary is usually the content's own first part. */
function capSummary(html: string | null): string | null {
  return html === null ? null : html.slice(0, MAX_CONTENT_CHARS);
}

/** href of the first link with this rel (Atom: a missing rel means alternate). */
function atomLinkHref(links: readonly XmlNode[], rel: string, preferHtml = true): string | null {
  const matching = links.filter(
    (link) => (attrOf(link, 'rel') ?? 'alternate') === rel && attrOf(link, 'href'),
  );
  const html = preferHtml
    ? matching.find((link) => /html/i.test(attrOf(link, 'type') ?? 'text/html'))
    : undefined;
  return attrOf(html ?? matching[0], 'href');
}

function generatorOf(channel: Raw): string | null {
  const node = children(channel, 'generator')[0];
  if (node === undefined) return null;
  const text = plainText(textOf(node));
  const version = attrOf(node, 'version');
  const uri = attrOf(node, 'uri') ?? attrOf(node, 'url');
  const name = text || uri;
  if (!name) return null;
  return version && !name.includes(version) ? `${name} ${version}` : name;
}

const PERIOD_MINUTES: Readonly<Record<string, number>> = {
  hourly: 60,
  daily: 1440,
  weekly: 10080,
  monthly: 43200,
  yearly: 525600,
};

function ttlMinutes(channel: Raw): number | null {
  const ttl = Number(firstText(channel, 'ttl'));
  if (Number.isFinite(ttl) && ttl > 0) return Math.round(ttl);
  const period = firstText(channel, 'sy:updatePeriod')?.toLowerCase();
  const periodMinutes = period ? PERIOD_MINUTES[period] : undefined;
  if (periodMinutes === undefined) return null;
  const frequency = Number(firstText(channel, 'sy:updateFrequency') ?? '1');
  return Math.max(
    1,
    Math.round(periodMinutes / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1)),
  );
}

function atomAuthorNames(parent: unknown): string[] {
  return children(parent, 'author')
    .map((author) => firstText(author, 'name') ?? (typeof author === 'string' ? author : null))
    .filter((name): name is string => name !== null);
}

function field(item: Raw, name: string): unknown {
  return item[`raw:${name}`] === undefined ? undefined : { [name]: item[`raw:${name}`] };
}

/** A view of one item's raw elements: get('dc:creator') -> nodes. */
function rawItem(item: Raw): Raw {
  const raw: Raw = {};
  for (const name of ITEM_FIELDS) {
    const value = (field(item, name) as Raw | undefined)?.[name];
    if (value !== undefined) raw[name] = value;
  }
  return raw;
}

function buildEntry(
  item: Raw,
  isAtom: boolean,
  feedBase: string | null,
  side: EntrySideInfo | undefined,
  feedAuthors: readonly string[],
  warnings: string[],
  dates: DateRules,
): ParsedEntry {
  const raw = rawItem(item);
  const entryBase = combineBases([side?.entryBase, feedBase]);
  const contentBase = combineBases([side?.contentBase, entryBase]);
  const summaryBase = combineBases([side?.summaryBase, entryBase]);
  return isAtom
    ? atomEntry(raw, entryBase, contentBase, summaryBase, side, feedAuthors, warnings, dates)
    : rssEntry(raw, entryBase, contentBase, warnings, dates);
}

function rssEntry(
  raw: Raw,
  base: string | null,
  contentBase: string | null,
  warnings: string[],
  dates: DateRules,
): ParsedEntry {
  const guidNode = children(raw, 'guid')[0];
  const guid = textOf(guidNode)?.trim() || null;
  const isPermaLinkAttr = attrOf(guidNode, 'isPermaLink');
  const guidIsPermaLink =
    guid === null
      ? null
      : isPermaLinkAttr === null
        ? true
        : isPermaLinkAttr.trim().toLowerCase() !== 'false';
  let link =
    firstText(raw, 'link') ??
    atomLinkHref(children(raw, 'atom:link'), 'alternate') ??
    rdfAbout(raw);
  // RSS 2.0: a guid that is a permalink is the item's address when <link> is missing.
  if (link === null && guid !== null && guidIsPermaLink && /^https?:\/\//i.test(guid)) link = guid;

  const encoded = firstBody(raw, 'content:encoded');
  const description = firstBody(raw, 'description');
  const body = encoded ?? description;

  return freezeEntry({
    guid,
    guidIsPermaLink,
    link: resolveUrl(link, base),
    origLink: resolveUrl(firstText(raw, 'feedburner:origLink'), base),
    title: capTitle(plainText(firstText(raw, 'title', 'dc:title')), warnings),
    author: authorName({
      names: children(raw, 'dc:creator').map(textOf),
      mailboxes: [
        ...children(raw, 'author').map(textOf),
        ...children(raw, 'itunes:author').map(textOf),
      ],
    }),
    published: firstDate(
      raw,
      dates,
      'pubDate',
      'dc:date',
      'dcterms:issued',
      'dcterms:created',
      'atom:published',
    ),
    updated: firstDate(raw, dates, 'atom:updated', 'dcterms:modified'),
    contentHtml: capContent(body ? absolutizeHtml(body.text, contentBase) : null, warnings),
    summary: capSummary(description ? absolutizeHtml(description.text, contentBase) : null),
    enclosures: enclosuresOf(
      raw,
      base,
      children(raw, 'enclosure').map((node) => [attrOf(node, 'url'), node]),
    ),
    categories: categoriesOf(raw),
    thumbnail: thumbnailOf(raw, base),
    source: rssSource(raw, base),
  });
}

/** RSS 1.0: an item's address may be only in its rdf:about attribute (xml2js puts the item's attributes under "$"). */
function rdfAbout(raw: Raw): string | null {
  const attributes = raw['$'];
  if (attributes === null || typeof attributes !== 'object') return null;
  for (const [name, value] of Object.entries(attributes as Record<string, unknown>)) {
    if (name.replace(/^.*:/, '') === 'about' && typeof value === 'string' && value.trim() !== '')
      return value.trim();
  }
  return null;
}

function atomEntry(
  raw: Raw,
  base: string | null,
  contentBase: string | null,
  summaryBase: string | null,
  side: EntrySideInfo | undefined,
  feedAuthors: readonly string[],
  warnings: string[],
  dates: DateRules,
): ParsedEntry {
  const links = children(raw, 'link_');
  const sourceNode = children(raw, 'source')[0];
  const ownAuthors = atomAuthorNames(raw);
  // RFC 4287 §4.2.1: an entry without authors takes its source's; an entry copied from another
  // feed (it has a <source>) never takes the aggregator's own feed-level author.
  const authors =
    ownAuthors.length > 0 ? ownAuthors : sourceNode ? atomAuthorNames(sourceNode) : feedAuthors;
  const content = atomBody(children(raw, 'content')[0], side?.xhtmlContent ?? null);
  const summary =
    atomBody(children(raw, 'summary')[0], side?.xhtmlSummary ?? null) ?? mediaDescription(raw);
  const enclosureLinks = links
    .filter((link) => attrOf(link, 'rel') === 'enclosure')
    .map((link): [string | null, XmlNode] => [attrOf(link, 'href'), link]);
  return freezeEntry({
    guid: firstText(raw, 'id'),
    guidIsPermaLink: null,
    link: resolveUrl(atomLinkHref(links, 'alternate'), base),
    origLink: resolveUrl(firstText(raw, 'feedburner:origLink'), base),
    title: capTitle(
      plainText(atomTitle(children(raw, 'title')[0], side?.xhtmlTitle ?? null)),
      warnings,
    ),
    author: authorName({ names: authors, mailboxes: [] }),
    published: firstDate(raw, dates, 'published_', 'issued_', 'created_', 'dc:date'),
    updated: firstDate(raw, dates, 'updated_', 'modified_'),
    contentHtml: capContent(
      content !== null
        ? absolutizeHtml(content, contentBase)
        : summary !== null
          ? absolutizeHtml(summary, summaryBase)
          : null,
      warnings,
    ),
    summary: capSummary(summary !== null ? absolutizeHtml(summary, summaryBase) : null),
    enclosures: enclosuresOf(raw, base, enclosureLinks),
    categories: categoriesOf(raw),
    thumbnail: thumbnailOf(raw, base),
    source: sourceNode ? atomSource(sourceNode, base) : null,
  });
}

/** Atom text constructs: type text is escaped, html passes, xhtml comes from the side pass in order. */
function atomBody(node: XmlNode | undefined, xhtml: string | null): string | null {
  if (node === undefined) return null;
  const type = (attrOf(node, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return xhtml;
  const text = textOf(node);
  if (text === null || text.trim() === '') return null;
  const mode = attrOf(node, 'mode'); // Atom 0.3
  if (mode === 'base64') return null;
  if (type === 'text' || type === 'text/plain') return textToHtml(text);
  return text;
}

/** media:description (YouTube puts the only body there), as HTML. */
function mediaDescription(raw: Raw): string | null {
  const nodes = [
    ...children(raw, 'media:description'),
    ...children(raw, 'media:group').flatMap((group) => children(group, 'media:description')),
  ];
  const node = nodes[0];
  const text = textOf(node);
  if (!text || text.trim() === '') return null;
  return attrOf(node, 'type') === 'html' ? text : textToHtml(text);
}

/**
 * An Atom title as markup for plainText: html is markup; xhtml is the whole div in order (from
 * the side pass: xml2js keeps only an element's own text, so "Why <code>grep -P</code> is slow"
 * would lose its middle); text (Atom 0.3: text/plain) is escaped so a literal "<blink>" stays.
 */
function atomTitle(node: XmlNode | undefined, xhtml: string | null): string | null {
  if (node === undefined) return null;
  const type = (attrOf(node, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return xhtml ?? textOf(node);
  const text = textOf(node);
  if ((type === 'text' || type === 'text/plain') && text && /[<&]/.test(text))
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return text;
}

/** How this feed's dates are read: a date without a zone is in the feed's zone; none is trusted far in the future. */
interface DateRules {
  readonly zoneMinutes: number;
  readonly now: number;
}

/** The zone the channel's own dates name (lastBuildDate, pubDate, dc:date), else UTC. */
function feedZone(channel: Raw): number {
  for (const name of ['lastBuildDate', 'pubDate', 'dc:date']) {
    const zone = zoneOfDate(firstText(channel, name));
    if (zone !== null) return zone;
  }
  return 0;
}

function firstDate(raw: Raw, rules: DateRules, ...names: string[]): string | null {
  for (const name of names) {
    const text = firstText(raw, name);
    if (text) {
      const date = parseDate(text, rules.zoneMinutes);
      if (date) return notInFuture(date, rules.now);
    }
  }
  return null;
}

function enclosuresOf(
  raw: Raw,
  base: string | null,
  primary: readonly (readonly [string | null, XmlNode])[],
): ParsedEnclosure[] {
  const enclosures: ParsedEnclosure[] = [];
  const seen = new Set<string>();
  const add = (href: string | null, node: XmlNode, lengthAttr: string): void => {
    const url = resolveUrl(href, base);
    if (url === null || seen.has(url)) return;
    seen.add(url);
    const length = Number(attrOf(node, lengthAttr));
    enclosures.push(
      Object.freeze({
        url,
        type: attrOf(node, 'type')?.trim() || null,
        length: Number.isFinite(length) && length > 0 ? length : null,
      }),
    );
  };
  for (const [href, node] of primary) add(href, node, 'length');
  const mediaContents = [
    ...children(raw, 'media:content'),
    ...children(raw, 'media:group').flatMap((group) => children(group, 'media:content')),
  ];
  for (const node of mediaContents) add(attrOf(node, 'url'), node, 'fileSize');
  return enclosures;
}

function categoriesOf(raw: Raw): string[] {
  const names: string[] = [];
  for (const node of [...children(raw, 'category'), ...children(raw, 'dc:subject')]) {
    const name = plainText(attrOf(node, 'label') ?? attrOf(node, 'term') ?? textOf(node));
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  return names;
}

function thumbnailOf(raw: Raw, base: string | null): string | null {
  const groups = children(raw, 'media:group');
  const thumbnails = [
    ...children(raw, 'media:thumbnail'),
    ...groups.flatMap((group) => children(group, 'media:thumbnail')),
  ];
  const thumbnailUrl = thumbnails.map((node) => attrOf(node, 'url')).find((url) => url);
  if (thumbnailUrl) return resolveUrl(thumbnailUrl, base);
  const mediaContents = [
    ...children(raw, 'media:content'),
    ...groups.flatMap((group) => children(group, 'media:content')),
  ];
  const image = mediaContents.find(
    (node) => attrOf(node, 'medium') === 'image' || /^image\//i.test(attrOf(node, 'type') ?? ''),
  );
  if (image && attrOf(image, 'url')) return resolveUrl(attrOf(image, 'url'), base);
  const itunes = children(raw, 'itunes:image')
    .map((node) => attrOf(node, 'href'))
    .find((url) => url);
  return itunes ? resolveUrl(itunes, base) : null;
}

function rssSource(raw: Raw, base: string | null): EntrySource | null {
  const atomSourceNode = children(raw, 'atom:source')[0];
  if (atomSourceNode !== undefined) return atomSource(atomSourceNode, base, 'atom:');
  const node = children(raw, 'source')[0];
  if (node === undefined) return null;
  const feedUrl = resolveUrl(attrOf(node, 'url'), base);
  const title = plainText(textOf(node)) || null;
  if (feedUrl === null && title === null) return null;
  return Object.freeze({ title, feedUrl, siteUrl: null, id: null });
}

function atomSource(node: XmlNode, base: string | null, prefix = ''): EntrySource {
  const links = [...children(node, 'link_'), ...children(node, `${prefix}link`)];
  return Object.freeze({
    title: plainText(firstText(node, `${prefix}title`, 'title')) || null,
    feedUrl: resolveUrl(atomLinkHref(links, 'self', false), base),
    siteUrl: resolveUrl(atomLinkHref(links, 'alternate'), base),
    id: firstText(node, `${prefix}id`, 'id'),
  });
}

function freezeEntry(entry: ParsedEntry): ParsedEntry {
  Object.freeze(entry.enclosures);
  Object.freeze(entry.categories);
  return Object.freeze(entry);
}
