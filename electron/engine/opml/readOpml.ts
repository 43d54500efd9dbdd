// Reads an OPML subscription list exported by any feed reader into subscriptions to add.
// Every outline is judged on its own: one bad outline becomes one problem with its line number
// and never stops the rest of the file from importing.
import { decodeText } from '../decode/decodeText.ts';
import { cleanName } from './cleanText.ts';
import { checkFeedAddress, checkSiteAddress, sameFeedKey } from './feedAddress.ts';
import { parseOutlines } from './parseOutlines.ts';
import type { Outline } from './parseOutlines.ts';
import { DEFAULT_OPML_LIMITS } from './types.ts';
import type { OpmlDocument, OpmlFeed, OpmlLimits, OpmlProblem } from './types.ts';

/** OPML file bytes (charset from BOM, contentType, XML declaration, else UTF-8 or Windows-1252). */
export function readOpml(
  bytes: Uint8Array,
  contentType?: string | null,
  limits: Partial<OpmlLimits> = {},
): OpmlDocument {
  const bounds = { ...DEFAULT_OPML_LIMITS, ...limits };
  if (bytes.length > bounds.maxBytes) {
    return notOpml(
      `This file is too large to be a subscription list (${megabytes(bytes.length)} MB; the limit is ${megabytes(bounds.maxBytes)} MB).`,
    );
  }
  const decoded = decodeText(bytes, contentType ?? null, 'xml');
  const legacy = decoded.charset === 'utf-8' ? readAsLegacyIfNotUtf8(bytes, decoded.text) : null;
  const document = readOpmlText(legacy ?? decoded.text, bounds);
  if (legacy === null) return document;
  const note: OpmlProblem = {
    line: null,
    message:
      'The file is not UTF-8 and does not say which encoding it uses; it was read as Western (Windows-1252).',
  };
  return { ...document, problems: [note, ...document.problems] };
}

/** OPML that is already text (e.g. pasted, or read by the renderer). */
export function readOpmlText(text: string, limits: Partial<OpmlLimits> = {}): OpmlDocument {
  const bounds = { ...DEFAULT_OPML_LIMITS, ...limits };
  if (text.length > bounds.maxBytes) {
    return notOpml(
      `This file is too large to be a subscription list (the limit is ${megabytes(bounds.maxBytes)} MB).`,
    );
  }
  const parsed = parseOutlines(text, bounds);
  if (parsed.kind === 'not-opml') return notOpml(`This file is not OPML: ${parsed.reason}.`);
  const collector = new FeedCollector();
  collectFeeds(parsed.outlines, [], collector);
  return {
    title: cleanName(parsed.title),
    feeds: collector.feeds(),
    problems: [...parsed.problems, ...collector.problems].sort(byLine),
  };
}

/** Tiny Tiny RSS exports its settings as outlines beside the feeds. */
const TT_RSS_PSEUDO_OUTLINES = new Set(['tt-rss-prefs', 'tt-rss-labels', 'tt-rss-filters']);

/** Outline types that promise a feed even when the feed address is missing. */
const FEED_TYPES = new Set(['rss', 'atom', 'pie', 'feed', 'rdf', 'json']);

function collectFeeds(outlines: readonly Outline[], folder: string[], into: FeedCollector): void {
  for (const outline of outlines) {
    const name = cleanName(outline.text) ?? cleanName(outline.title);
    const address = feedAddressOf(outline);
    if (address !== null) {
      into.addFeed(outline, name, address, folder);
      // A feed outline with children is not a folder; its children stay where it is.
      collectFeeds(outline.children, folder, into);
      continue;
    }
    if (outline.children.length > 0) {
      if (name !== null && TT_RSS_PSEUDO_OUTLINES.has(name.toLowerCase())) continue;
      if (isThunderbirdFeedFolder(outline, name)) {
        // Thunderbird's default layout: one folder per feed, named after it. Not a user folder.
        collectFeeds(outline.children, folder, into);
      } else {
        collectFeeds(outline.children, name === null ? folder : [...folder, name], into);
      }
      continue;
    }
    noteLeafWithoutFeed(outline, name, into);
  }
}

/** The feed address an outline gives: xmlUrl, or url on an outline typed as a feed. */
function feedAddressOf(outline: Outline): string | null {
  if (outline.xmlUrl !== null && outline.xmlUrl.trim() !== '') return outline.xmlUrl;
  const type = outline.type?.trim().toLowerCase() ?? '';
  if (FEED_TYPES.has(type) && outline.url !== null && outline.url.trim() !== '') return outline.url;
  return null;
}

function isThunderbirdFeedFolder(folder: Outline, name: string | null): boolean {
  const [only, ...others] = folder.children;
  if (only === undefined || others.length > 0 || !only.hasThunderbirdAttributes) return false;
  return (
    feedAddressOf(only) !== null && name !== null && cleanName(only.title ?? only.text) === name
  );
}

/** An outline with neither feed address nor children: an empty folder, or a broken feed. */
function noteLeafWithoutFeed(outline: Outline, name: string | null, into: FeedCollector): void {
  const type = outline.type?.trim().toLowerCase() ?? '';
  if (type === 'include') {
    into.problem(
      outline.line,
      `${label(name, outline.url)} includes another OPML file; included files are not fetched.`,
    );
    return;
  }
  const page = checkSiteAddress(outline.htmlUrl) ?? checkSiteAddress(outline.url);
  if (page !== null) {
    into.problem(
      outline.line,
      `${label(name, null)} has no feed address (xmlUrl), only a web page (${page}). Add that page as a feed to look for its feed.`,
    );
    return;
  }
  if (FEED_TYPES.has(type) || (outline.xmlUrl !== null && outline.htmlUrl !== null)) {
    into.problem(outline.line, `${label(name, null)} has no feed address (xmlUrl).`);
  }
  // Anything else is an empty folder (Thunderbird "Archive", NetNewsWire "Someday"): nothing to add.
}

function label(name: string | null, fallback: string | null): string {
  if (name !== null) return `"${name.length > 80 ? `${name.slice(0, 77)}...` : name}"`;
  if (fallback !== null && fallback.trim() !== '')
    return `An outline (${fallback.trim().slice(0, 120)})`;
  return 'An untitled outline';
}

interface MutableFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
  readonly folder: readonly string[];
  readonly line: number;
}

/** Subscriptions in file order, one per feed however often and however spelled it appears. */
class FeedCollector {
  readonly problems: OpmlProblem[] = [];
  private readonly byKey = new Map<string, MutableFeed>();

  problem(line: number | null, message: string): void {
    this.problems.push({ line, message });
  }

  addFeed(outline: Outline, name: string | null, address: string, folder: readonly string[]): void {
    if (isScrapedSource(outline)) {
      this.problem(
        outline.line,
        `${label(name, address)} is a web page that FreshRSS scrapes with its own rules (${outline.type ?? 'XPath'}), not a feed; it cannot be imported.`,
      );
      return;
    }
    const checked = checkFeedAddress(address);
    if (!checked.ok) {
      const message = `${label(name, null)} ${checked.reason}.`;
      this.problem(outline.line, message.charAt(0).toUpperCase() + message.slice(1));
      return;
    }
    // Liferea titles a never-updated feed with its own address: that is no name.
    const title = name !== null && name !== address.trim() && name !== checked.url ? name : null;
    const siteUrl = checkSiteAddress(outline.htmlUrl);
    const key = sameFeedKey(checked.url);
    const earlier = this.byKey.get(key);
    if (earlier === undefined) {
      this.byKey.set(key, { url: checked.url, title, siteUrl, folder, line: outline.line });
      return;
    }
    // Seen before (another folder, or the http/slash variant): one subscription, first folder,
    // the https address when either is https, and names filled in from the later copy.
    if (earlier.url.startsWith('http:') && checked.url.startsWith('https:')) {
      earlier.url = checked.url;
      earlier.siteUrl = siteUrl ?? earlier.siteUrl;
    }
    earlier.title ??= title;
    earlier.siteUrl ??= siteUrl;
  }

  feeds(): OpmlFeed[] {
    return [...this.byKey.values()].map((feed) => ({ ...feed }));
  }
}

/** FreshRSS "HTML+XPath", "XML+XPath", "JSON+DotNotation": pages scraped by rules, not feeds. */
function isScrapedSource(outline: Outline): boolean {
  return outline.hasScrapingRules || (outline.type?.includes('+') ?? false);
}

/**
 * decodeText falls back to UTF-8. A file in which every non-ASCII byte is invalid UTF-8 is a
 * legacy 8-bit file without a declaration (classic exporters wrote Latin-1): read it as
 * Windows-1252, the superset browsers use for Latin-1, instead of losing every accented letter.
 */
function readAsLegacyIfNotUtf8(bytes: Uint8Array, utf8Text: string): string | null {
  if (!utf8Text.includes('\uFFFD')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007F\uFFFD]/.test(utf8Text)) return null; // some real UTF-8: keep it
  return new TextDecoder('windows-1252').decode(bytes);
}

function notOpml(message: string): OpmlDocument {
  return { title: null, feeds: [], problems: [{ line: null, message }] };
}

function byLine(a: OpmlProblem, b: OpmlProblem): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0);
}
