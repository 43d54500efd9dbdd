// A small sax pass over the same feed text for what rss-parser (xml2js) cannot give back:
// xml:base scoping (feed, entry and content level) and Atom type="xhtml" content and titles
// in reading order. Only run when the text mentions xml:base or xhtml.
import sax from 'sax';
import { combineBases } from './urls.ts';
import { escapeHtml } from './text.ts';

export interface EntrySideInfo {
  /** The effective base at the entry element (xml:base applied), or null when none was declared. */
  readonly entryBase: string | null;
  /** The effective base at the content element (content-level xml:base). */
  readonly contentBase: string | null;
  readonly summaryBase: string | null;
  /** Serialised children of an Atom content/summary with type="xhtml", in document order. */
  readonly xhtmlContent: string | null;
  readonly xhtmlSummary: string | null;
  /** Serialised children of an Atom title with type="xhtml" (xml2js loses the order of mixed text). */
  readonly xhtmlTitle: string | null;
}

export interface SideInfo {
  /** xml:base declared on the root or channel element, resolved against the document address. */
  readonly feedBase: string | null;
  /** The feed's own title when it is type="xhtml", serialised like xhtmlTitle. */
  readonly feedXhtmlTitle?: string | null;
  readonly entries: readonly EntrySideInfo[];
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

interface Frame {
  readonly name: string;
  /** Explicit base in force here (null: none declared up to here). */
  readonly base: string | null;
}

interface MutableEntry {
  entryBase: string | null;
  contentBase: string | null;
  summaryBase: string | null;
  xhtmlContent: string | null;
  xhtmlSummary: string | null;
  xhtmlTitle: string | null;
}

type XhtmlTarget = 'content' | 'summary' | 'title' | 'feedTitle';

export function readSideInfo(xml: string, documentUrl: string): SideInfo {
  const parser = sax.parser(true, { xmlns: false, position: false });
  const stack: Frame[] = [];
  const entries: MutableEntry[] = [];
  let feedBase: string | null = null;
  let feedXhtmlTitle: string | null = null;
  let current: MutableEntry | null = null;
  let entryDepth = -1;
  // While inside an xhtml content/summary: where the output goes and at what depth it started.
  let xhtmlTarget: XhtmlTarget | null = null;
  let xhtmlDepth = -1;
  let xhtml = '';
  let unwrapDepth = -1;

  const startXhtml = (target: XhtmlTarget, depth: number): void => {
    xhtmlTarget = target;
    xhtmlDepth = depth;
    xhtml = '';
    unwrapDepth = -1;
  };

  parser.onopentag = (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const parentBase = stack.at(-1)?.base ?? null;
    const declared = attributes['xml:base'];
    const base =
      declared !== undefined ? combineBases([declared, parentBase, documentUrl]) : parentBase;
    const local = localName(tag.name);
    const depth = stack.length;

    if (xhtmlTarget !== null) {
      // The conventional <div xmlns="http://www.w3.org/1999/xhtml"> wrapper is not content.
      if (depth === xhtmlDepth + 1 && local === 'div' && xhtml === '' && unwrapDepth === -1) {
        unwrapDepth = depth;
      } else {
        xhtml += `<${local}`;
        for (const [name, value] of Object.entries(attributes)) {
          if (name === 'xmlns' || name.startsWith('xmlns:') || name === 'xml:base') continue;
          xhtml += ` ${localName(name)}="${escapeHtml(value)}"`;
        }
        xhtml += '>';
      }
      stack.push({ name: tag.name, base });
      return;
    }

    if (declared !== undefined && depth <= 1 && (depth === 0 || local === 'channel'))
      feedBase = base;
    const parentLocal = localName(stack.at(-1)?.name ?? '');
    if (
      current === null &&
      (local === 'entry' || local === 'item') &&
      ['feed', 'channel', 'RDF'].includes(parentLocal)
    ) {
      current = {
        entryBase: base,
        contentBase: null,
        summaryBase: null,
        xhtmlContent: null,
        xhtmlSummary: null,
        xhtmlTitle: null,
      };
      entryDepth = depth;
    } else if (
      current !== null &&
      depth === entryDepth + 1 &&
      (local === 'content' || local === 'summary' || local === 'title')
    ) {
      if (local === 'content') current.contentBase = base;
      else if (local === 'summary') current.summaryBase = base;
      if (attributes['type'] === 'xhtml') startXhtml(local, depth);
    } else if (current === null && depth === 1 && local === 'title') {
      if (attributes['type'] === 'xhtml') startXhtml('feedTitle', depth);
    }
    stack.push({ name: tag.name, base });
  };

  parser.onclosetag = (name) => {
    stack.pop();
    const depth = stack.length;
    if (xhtmlTarget !== null) {
      if (depth === xhtmlDepth) {
        if (xhtmlTarget === 'feedTitle') feedXhtmlTitle = xhtml;
        else if (current && xhtmlTarget === 'content') current.xhtmlContent = xhtml;
        else if (current && xhtmlTarget === 'summary') current.xhtmlSummary = xhtml;
        else if (current && xhtmlTarget === 'title') current.xhtmlTitle = xhtml;
        xhtmlTarget = null;
      } else if (depth === unwrapDepth) {
        unwrapDepth = -2; // wrapper closed; anything after it is content again
      } else if (!VOID_ELEMENTS.has(localName(name))) {
        xhtml += `</${localName(name)}>`;
      }
      return;
    }
    if (current !== null && depth === entryDepth) {
      entries.push(current);
      current = null;
    }
  };

  const onText = (text: string): void => {
    if (xhtmlTarget !== null) xhtml += escapeHtml(text);
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  // rss-parser already accepted this text; on any surprise keep what was gathered.
  parser.onerror = () => undefined;
  try {
    parser.write(xml).close();
  } catch {
    // keep what was gathered
  }
  return { feedBase, feedXhtmlTitle, entries };
}
