// Defences applied to feed XML before any parser sees it. DTD entities are never expanded
// and external entities never resolved: the DOCTYPE is cut out, and references to entities
// the XML parser does not know are turned into literal text.
import { decodeEntities } from './text.ts';

/**
 * Where the prolog's DOCTYPE starts, or -1: only a declaration before the root element counts,
 * after the XML declaration, processing instructions, comments and white space. A
 * "<!DOCTYPE html>" quoted inside a post's CDATA or a comment is text, not a declaration.
 */
function prologDoctypeStart(xml: string): number {
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at] as string)) at++;
    if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at + 2);
      if (end === -1) return -1;
      at = end + 2;
    } else if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      if (end === -1) return -1;
      at = end + 3;
    } else {
      return xml.slice(at, at + 9).toUpperCase() === '<!DOCTYPE' ? at : -1;
    }
  }
}

/** The text without its prolog DOCTYPE declaration (internal subset included), or null when it has none. */
export function stripDoctype(xml: string): string | null {
  const start = prologDoctypeStart(xml);
  if (start === -1) return null;
  let at = start + '<!DOCTYPE'.length;
  let quote: string | null = null;
  let inSubset = false;
  while (at < xml.length) {
    const ch = xml[at];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (inSubset && xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      if (end === -1) break;
      at = end + 2;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[') {
      inSubset = true;
    } else if (ch === ']') {
      inSubset = false;
    } else if (ch === '>' && !inSubset) {
      return xml.slice(0, start) + xml.slice(at + 1);
    }
    at++;
  }
  // An unterminated DOCTYPE: drop everything from it (nothing after it can be trusted).
  return xml.slice(0, start);
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Outside CDATA sections and comments: a reference to a named entity XML does not define
 * becomes the character when it is a known HTML entity (&nbsp; &hellip; …, written by
 * hand-rolled feed templates) and literal text otherwise (&lol9; stays "&lol9;"); a bare
 * "&" becomes "&amp;".
 */
export function escapeUnknownEntities(xml: string): string {
  let out = '';
  let at = 0;
  while (at < xml.length) {
    const cdata = xml.indexOf('<![CDATA[', at);
    const comment = xml.indexOf('<!--', at);
    const nextProtected = Math.min(
      cdata === -1 ? Infinity : cdata,
      comment === -1 ? Infinity : comment,
    );
    const plainEnd = nextProtected === Infinity ? xml.length : nextProtected;
    out += escapePlain(xml.slice(at, plainEnd));
    if (plainEnd === xml.length) break;
    const closer = plainEnd === cdata ? ']]>' : '-->';
    const end = xml.indexOf(closer, plainEnd);
    const stop = end === -1 ? xml.length : end + closer.length;
    out += xml.slice(plainEnd, stop);
    at = stop;
  }
  return out;
}

function escapePlain(text: string): string {
  return text.replace(
    /&(#[0-9]+;|#x[0-9a-fA-F]+;|([A-Za-z][A-Za-z0-9._-]*);)?/g,
    (match, reference: string | undefined, name: string | undefined) => {
      if (!reference) return '&amp;';
      if (!name) return validCodePoint(reference) ? match : `&amp;${reference}`;
      if (XML_ENTITIES.has(name)) return match;
      const decoded = decodeEntities(match);
      if (decoded !== match) return [...decoded].map((ch) => `&#${ch.codePointAt(0)};`).join('');
      return `&amp;${reference}`;
    },
  );
}

function validCodePoint(reference: string): boolean {
  const code = reference.startsWith('#x')
    ? parseInt(reference.slice(2), 16)
    : parseInt(reference.slice(1), 10);
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
  );
}
