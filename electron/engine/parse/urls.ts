// Relative addresses made absolute: in link fields and inside content HTML. The base chain is
// the entry's (or content element's) xml:base, the feed's xml:base, the feed's link, and
// finally the address the bytes were fetched from.

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The first base that resolves to an absolute URL, each relative one read against the next. */
export function combineBases(bases: readonly (string | null | undefined)[]): string | null {
  let resolved: string | null = null;
  for (let i = bases.length - 1; i >= 0; i--) {
    const base = bases[i]?.trim();
    if (!base) continue;
    try {
      resolved = new URL(base, resolved ?? undefined).href;
    } catch {
      // a base that cannot be read leaves the outer one in force
    }
  }
  return resolved;
}

/** An absolute URL for a link field, or null when it cannot be made one. */
export function resolveUrl(
  reference: string | null | undefined,
  base: string | null,
): string | null {
  const trimmed = reference?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base ?? undefined).href;
  } catch {
    return null;
  }
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'poster',
  'cite',
  'background',
  'longdesc',
  'action',
  'formaction',
  'data',
]);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

/**
 * Cheap test before the walk below: could any URL attribute hold something other than an absolute
 * http(s) address? It looks only at the name before each '=' and the start of the value after it,
 * erring towards yes (data-src, an entity, srcset all say yes). Most feeds' content has only
 * absolute links, and the full walk was a tenth of all parsing time.
 */
function mayHoldRelativeUrl(html: string): boolean {
  for (let eq = html.indexOf('='); eq !== -1; eq = html.indexOf('=', eq + 1)) {
    let end = eq;
    while (end > 0 && isSpace(html.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isAsciiLetter(html.charCodeAt(start - 1))) start--;
    if (end - start < 3 || end - start > 10) continue; // src … formaction
    const name = html.slice(start, end).toLowerCase();
    if (name === 'srcset') return true;
    if (!URL_ATTRIBUTES.has(name)) continue;
    let value = eq + 1;
    while (value < html.length && isSpace(html.charCodeAt(value))) value++;
    if (html[value] === '"' || html[value] === "'") value++;
    if (!/^https?:\/\//i.test(html.slice(value, value + 8))) return true;
  }
  return false;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Rewrite relative href/src/srcset/poster (and similar) attribute values in an HTML fragment to
 * absolute ones. Only the attribute values change; every other byte of the markup is kept, and
 * absolute values (including javascript: and data:, which the renderer's sanitiser judges) are
 * left exactly as they were. Fragment-only links (#fn1) stay in-page.
 */
export function absolutizeHtml(html: string, base: string | null): string {
  if (!base || !html.includes('<') || !mayHoldRelativeUrl(html)) return html;
  let out = '';
  let copiedUpTo = 0;
  let at = 0;
  let lower: string | null = null;
  const length = html.length;
  while (at < length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end === -1 ? length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt + 1);
      at = end === -1 ? length : end + 1;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch?.[1]) {
      at = lt + 1;
      continue;
    }
    const tagName = nameMatch[1].toLowerCase();
    let cursor = lt + nameMatch[0].length;
    // Walk the attributes of this start tag.
    for (;;) {
      while (cursor < length && /[\s/]/.test(html[cursor] ?? '')) cursor++;
      if (cursor >= length || html[cursor] === '>') break;
      const attr = /^[^\s"'>/=]+/.exec(html.slice(cursor, cursor + 256));
      if (!attr) {
        cursor++;
        continue;
      }
      const attrName = attr[0].toLowerCase();
      cursor += attr[0].length;
      let probe = cursor;
      while (probe < length && /\s/.test(html[probe] ?? '')) probe++;
      if (html[probe] !== '=') continue;
      probe++;
      while (probe < length && /\s/.test(html[probe] ?? '')) probe++;
      const quote = html[probe] === '"' || html[probe] === "'" ? html[probe] : '';
      const valueStart = quote ? probe + 1 : probe;
      let valueEnd: number;
      if (quote) {
        valueEnd = html.indexOf(quote, valueStart);
        if (valueEnd === -1) valueEnd = length;
      } else {
        valueEnd = valueStart;
        while (valueEnd < length && !/[\s>]/.test(html[valueEnd] ?? '')) valueEnd++;
      }
      const rawValue = html.slice(valueStart, valueEnd);
      const rewritten =
        attrName === 'srcset'
          ? rewriteSrcset(rawValue, base)
          : URL_ATTRIBUTES.has(attrName)
            ? rewriteOne(rawValue, base)
            : null;
      if (rewritten !== null && rewritten !== rawValue) {
        out += html.slice(copiedUpTo, valueStart) + (quote ? rewritten : `"${rewritten}"`);
        copiedUpTo = valueEnd;
      }
      cursor = quote ? valueEnd + 1 : valueEnd;
    }
    at = cursor + 1;
    if (RAW_TEXT_ELEMENTS.has(tagName)) {
      // Lower-cased once per document: once per raw-text tag went quadratic on hostile content.
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${tagName}`, at);
      at = close === -1 ? length : close;
    }
  }
  return copiedUpTo === 0 ? html : out + html.slice(copiedUpTo);
}

function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|apos|lt|gt|#39|#x27|#38);/gi, (_, name: string) => {
    switch (name.toLowerCase()) {
      case 'amp':
      case '#38':
        return '&';
      case 'quot':
        return '"';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      default:
        return "'";
    }
  });
}

function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The rewritten (still attribute-encoded) value, or null to leave it alone. */
function rewriteOne(rawValue: string, base: string): string | null {
  const value = decodeAttribute(rawValue).trim();
  if (value === '' || value.startsWith('#') || SCHEME.test(value)) return null;
  try {
    return encodeAttribute(new URL(value, base).href);
  } catch {
    return null;
  }
}

function rewriteSrcset(rawValue: string, base: string): string | null {
  const candidates = decodeAttribute(rawValue).split(',');
  let changed = false;
  const rewritten = candidates.map((candidate) => {
    const m = /^(\s*)(\S+)(.*)$/s.exec(candidate);
    if (!m?.[2] || SCHEME.test(m[2])) return candidate;
    try {
      changed = true;
      return `${m[1]}${new URL(m[2], base).href}${m[3]}`;
    } catch {
      return candidate;
    }
  });
  return changed ? encodeAttribute(rewritten.join(',')) : null;
}
