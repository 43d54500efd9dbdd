// OPML text to a bounded tree of outlines, with sax. sax never reads a DTD: entities declared in
// a DOCTYPE are not expanded and external ones are never fetched, so an entity bomb or an XXE
// payload stays inert text. Strict XML is tried first; a file that is not well-formed is read
// again leniently (as most exporters' bugs are small) and the first strict error is reported.
import sax from 'sax';
import type { OpmlLimits, OpmlProblem } from './types.ts';

/** The attributes of an outline that import needs, names lower-cased. */
export interface Outline {
  readonly line: number;
  readonly text: string | null;
  readonly title: string | null;
  readonly xmlUrl: string | null;
  readonly htmlUrl: string | null;
  readonly url: string | null;
  readonly type: string | null;
  /** Written by Thunderbird (fz:quickMode, fz:options). */
  readonly hasThunderbirdAttributes: boolean;
  /** FreshRSS scraping rules (frss:xPath…, frss:json…). */
  readonly hasScrapingRules: boolean;
  readonly children: Outline[];
}

export type ParsedOutlines =
  | { readonly kind: 'not-opml'; readonly reason: string }
  | {
      readonly kind: 'opml';
      readonly title: string | null;
      readonly outlines: Outline[];
      readonly problems: OpmlProblem[];
    };

/** Nesting of any elements at which reading stops altogether (outlines deeper than maxDepth are skipped long before). */
const MAX_ELEMENT_DEPTH = 256;

/** Longest document title kept while reading (it is cleaned and capped later). */
const MAX_TITLE_CHARS = 4096;

class StrictFailure extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

export function parseOutlines(text: string, limits: OpmlLimits): ParsedOutlines {
  if (text.trim() === '') return { kind: 'not-opml', reason: 'it is empty' };
  try {
    return read(text, limits, true);
  } catch (error) {
    if (!(error instanceof StrictFailure)) throw error;
    const lenient = read(text, limits, false);
    if (lenient.kind === 'not-opml') return lenient;
    const problem: OpmlProblem = {
      line: error.line,
      message: `The file is not well-formed XML (${error.message}); Orrery read what it could.`,
    };
    return { ...lenient, problems: [problem, ...lenient.problems] };
  }
}

interface OpenElement {
  readonly name: string;
  /** The outline this element created, or null (skipped outline or another element). */
  readonly outline: Outline | null;
  /** True for an outline that was skipped, so that its descendants are skipped too. */
  readonly skipped: boolean;
}

function read(text: string, limits: OpmlLimits, strict: boolean): ParsedOutlines {
  const parser = sax.parser(strict, { lowercase: true, position: true });
  const topLevel: Outline[] = [];
  const problems: OpmlProblem[] = [];
  const open: OpenElement[] = [];
  let rootName: string | null = null;
  let title: string | null = null;
  let inHeadTitle = false;
  let headDepth = 0;
  let outlineCount = 0;
  let outlineDepth = 0;
  let tagLine = 1;
  let tooDeepLine: number | null = null;
  let tooManyLine: number | null = null;
  let notOpml: string | null = null;
  let declaresEntities = false;
  let stoppedDeepLine: number | null = null;

  parser.onopentagstart = () => {
    // Fired on the character that ends the tag name; when that is a newline, sax has already
    // counted it, but the tag started on the line before.
    const current = (parser as unknown as { c: string }).c; // sax's current character (untyped)
    tagLine = parser.line + (current === '\n' ? 0 : 1);
  };
  parser.onopentag = (tag) => {
    const name = tag.name.toLowerCase();
    if (rootName === null) {
      rootName = name;
      if (name !== 'opml') {
        notOpml = describeRoot(name);
        throw new StopParsing();
      }
    }
    if (open.length >= MAX_ELEMENT_DEPTH) {
      // Past any real export: stop before sax's own stack of open tags grows without bound.
      stoppedDeepLine = tagLine;
      throw new StopParsing();
    }
    const parent = open[open.length - 1];
    if (name === 'head') headDepth++;
    if (name !== 'outline' || headDepth > 0) {
      inHeadTitle = name === 'title' && parent?.name === 'head' && title === null;
      if (inHeadTitle) title = '';
      open.push({ name, outline: null, skipped: parent?.skipped ?? false });
      return;
    }
    outlineDepth++;
    if (parent?.skipped) {
      open.push({ name, outline: null, skipped: true });
      return;
    }
    if (outlineDepth > limits.maxDepth) {
      tooDeepLine ??= tagLine;
      open.push({ name, outline: null, skipped: true });
      return;
    }
    if (outlineCount >= limits.maxOutlines) {
      tooManyLine ??= tagLine;
      open.push({ name, outline: null, skipped: true });
      return;
    }
    outlineCount++;
    const outline = toOutline(tag.attributes as Record<string, string>, tagLine);
    const siblings = parent?.outline?.children ?? topLevel;
    siblings.push(outline);
    open.push({ name, outline, skipped: false });
  };
  parser.onclosetag = () => {
    const closed = open.pop();
    if (closed?.name === 'head') headDepth--;
    if (closed?.name === 'outline' && headDepth === 0) outlineDepth--;
    inHeadTitle = false;
  };
  parser.ontext = (chunk) => {
    if (inHeadTitle && title !== null && title.length < MAX_TITLE_CHARS) title += chunk;
  };
  parser.oncdata = parser.ontext;
  parser.ondoctype = (doctype) => {
    declaresEntities ||= /<!ENTITY/i.test(doctype);
  };
  parser.onerror = (error) => {
    if (strict) {
      const reason = explain(error.message.split('\n')[0] ?? '', declaresEntities);
      throw new StrictFailure(reason, parser.line + 1);
    }
    // Lenient mode: the strict error was reported already; carry on past anything else.
    parser.resume();
  };

  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }

  if (notOpml !== null) return { kind: 'not-opml', reason: notOpml };
  if (rootName === null) return { kind: 'not-opml', reason: 'it contains no XML elements' };
  if (tooDeepLine !== null) {
    problems.push({
      line: tooDeepLine,
      message: `Outlines nested more than ${limits.maxDepth} levels deep were skipped.`,
    });
  }
  if (stoppedDeepLine !== null) {
    problems.push({
      line: stoppedDeepLine,
      message: `Elements are nested more than ${MAX_ELEMENT_DEPTH} levels deep here; reading stopped.`,
    });
  }
  if (tooManyLine !== null) {
    problems.push({
      line: tooManyLine,
      message: `The file has more than ${limits.maxOutlines} outlines; the rest were skipped.`,
    });
  }
  return { kind: 'opml', title, outlines: topLevel, problems };
}

class StopParsing extends Error {}

/** sax's terse messages, in words a user can act on. */
function explain(saxMessage: string, declaresEntities: boolean): string {
  const message = saxMessage.toLowerCase();
  if (message === 'unclosed root tag' || message === 'unexpected end') {
    return 'it ends too early; it may be truncated';
  }
  if (message === 'invalid character entity') {
    return declaresEntities
      ? 'it uses entities declared in its DOCTYPE, which are never expanded'
      : 'it uses an entity reference XML does not define';
  }
  return message;
}

function toOutline(attributes: Record<string, string>, line: number): Outline {
  const found = new Map<string, string>();
  let hasThunderbirdAttributes = false;
  let hasScrapingRules = false;
  for (const [rawName, value] of Object.entries(attributes)) {
    const name = rawName.toLowerCase();
    if (name.startsWith('fz:')) hasThunderbirdAttributes = true;
    if (name.startsWith('frss:xpath') || name.startsWith('frss:json')) hasScrapingRules = true;
    if (!found.has(name) && typeof value === 'string') found.set(name, value);
  }
  return {
    line,
    text: found.get('text') ?? null,
    title: found.get('title') ?? null,
    xmlUrl: found.get('xmlurl') ?? null,
    htmlUrl: found.get('htmlurl') ?? null,
    url: found.get('url') ?? null,
    type: found.get('type') ?? null,
    hasThunderbirdAttributes,
    hasScrapingRules,
    children: [],
  };
}

function describeRoot(name: string): string {
  if (name === 'html' || name === 'body' || name === 'head') {
    return 'it is a web page (HTML). To subscribe to a site, add its address as a feed';
  }
  if (name === 'rss' || name === 'rdf:rdf' || name === 'feed' || name === 'channel') {
    return 'it is a feed, not a list of subscriptions. Add its address as a feed instead';
  }
  const shown = name.length > 40 ? `${name.slice(0, 40)}...` : name;
  return `its top element is <${shown}>, not <opml>`;
}
