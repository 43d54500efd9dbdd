// Bytes to text for feeds and pages. Order of evidence: byte order mark, the HTTP charset
// parameter, then the document's own declaration (XML declaration or HTML <meta>), then UTF-8.
// Decoding is never fatal: a bad byte becomes U+FFFD so one broken character never loses a feed.

export type TextKind = 'xml' | 'html' | 'json';

export interface DecodedText {
  /** The document as a string, without any byte order mark. */
  readonly text: string;
  /** The WHATWG name of the encoding actually used, e.g. 'utf-8', 'windows-1252', 'utf-16le'. */
  readonly charset: string;
}

/** How far into the document we look for a declared encoding (HTML's prescan uses 1024 bytes). */
const DECLARATION_SCAN_BYTES = 1024;

export function decodeText(
  bytes: Uint8Array,
  contentType: string | null,
  kind: TextKind,
): DecodedText {
  const bom = sniffByteOrderMark(bytes);
  if (bom) return finish(bytes.subarray(bom.length), bom.encoding, kind);

  const unmarkedUtf16 = sniffUnmarkedUtf16(bytes);
  if (unmarkedUtf16) return finish(bytes, unmarkedUtf16, kind);

  const headerLabel = charsetFromContentType(contentType);
  const declaredLabel =
    kind === 'xml'
      ? xmlDeclarationEncoding(bytes)
      : kind === 'html'
        ? htmlMetaCharset(bytes)
        : null;

  const fromHeader = usableEncoding(headerLabel, bytes);
  const fromDeclaration = usableEncoding(declaredLabel, bytes);

  if (fromHeader) {
    // Apache's AddDefaultCharset stamps "ISO-8859-1" on everything, including UTF-8 feeds that
    // say so in their own declaration. When the bytes are valid, non-ASCII UTF-8 and the document
    // declares UTF-8, the document is right: a latin-1 reading would garble every accented letter.
    if (
      isSingleByteWestern(fromHeader) &&
      fromDeclaration === 'utf-8' &&
      isNonAsciiValidUtf8(bytes)
    ) {
      return finish(bytes, 'utf-8', kind);
    }
    return finish(bytes, fromHeader, kind);
  }
  if (fromDeclaration) return finish(bytes, fromDeclaration, kind);
  return finish(bytes, 'utf-8', kind);
}

function finish(bytes: Uint8Array, encoding: string, kind: TextKind): DecodedText {
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  let text = decoder.decode(bytes);
  // A BOM that survived (e.g. UTF-8 BOM after an HTTP charset we obeyed) is never content.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (kind === 'xml') text = neutraliseXmlDeclarationEncoding(text);
  return { text, charset: decoder.encoding };
}

function sniffByteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** XML 1.0 Appendix F: UTF-16 without a BOM still shows as "<?" with zero bytes interleaved. */
function sniffUnmarkedUtf16(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00)
    return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f)
    return 'utf-16be';
  return null;
}

/** The charset parameter of a Content-Type header, unquoted; null when absent. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("([^"]*)"|'([^']*)'|[^;\s]+)/i.exec(contentType);
  if (!match) return null;
  const value = (match[2] ?? match[3] ?? match[1] ?? '').trim();
  return value === '' ? null : value;
}

/** The WHATWG encoding name for a label, or null when the label is unknown or cannot apply. */
function usableEncoding(label: string | null, bytes: Uint8Array): string | null {
  if (!label) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null; // unknown label: as if none was given
  }
  // A UTF-16 label on bytes without a BOM or interleaved zeros is a lie (common in copied
  // templates); the HTML standard likewise reads meta charset=utf-16 as UTF-8.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return looksLikeUtf16(bytes) ? encoding : 'utf-8';
  }
  // "x-user-defined" and "replacement" are not text encodings a feed can sensibly use.
  if (encoding === 'replacement' || encoding === 'x-user-defined') return null;
  return encoding;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function asciiPrefix(bytes: Uint8Array, limit: number): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, limit));
}

/** encoding="…" of an XML declaration at the very start of the document. */
function xmlDeclarationEncoding(bytes: Uint8Array): string | null {
  const head = asciiPrefix(bytes, 256);
  const declaration = /^\s*<\?xml\s[^>]*?\?>/.exec(head);
  if (!declaration) return null;
  const encoding = /\bencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(declaration[0]);
  const value = encoding ? (encoding[1] ?? encoding[2] ?? '').trim() : '';
  return value === '' ? null : value;
}

/** <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first 1024 bytes. */
function htmlMetaCharset(bytes: Uint8Array): string | null {
  const head = asciiPrefix(bytes, DECLARATION_SCAN_BYTES);
  const metaTags = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metaTags) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag)) return direct[1] ?? null;
    if (/\bhttp-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const contentValue = content ? (content[1] ?? content[2] ?? content[3] ?? '') : '';
      const charset = /charset\s*=\s*["']?([^"'\s;]+)/i.exec(contentValue);
      if (charset) return charset[1] ?? null;
    }
  }
  return null;
}

function isSingleByteWestern(encoding: string): boolean {
  return encoding === 'windows-1252' || encoding === 'iso-8859-15' || encoding === 'iso-8859-2';
}

function isNonAsciiValidUtf8(bytes: Uint8Array): boolean {
  let hasNonAscii = false;
  for (const byte of bytes) {
    if (byte >= 0x80) {
      hasNonAscii = true;
      break;
    }
  }
  if (!hasNonAscii) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The returned string is already decoded, so an XML declaration still saying
 * encoding="windows-1252" would contradict it. sax and rss-parser read strings and ignore the
 * pseudo-attribute, but anything that re-encodes the text (writing it to disk, a future parser)
 * must not obey a stale label: the declaration is rewritten to say UTF-8, which is what a
 * JavaScript string becomes when it is written out.
 */
function neutraliseXmlDeclarationEncoding(text: string): string {
  const declaration = /^(\s*<\?xml\s[^>]*?\bencoding\s*=\s*)(?:"[^"]*"|'[^']*')/.exec(text);
  if (!declaration) return text;
  return `${declaration[1]}"UTF-8"${text.slice(declaration[0].length)}`;
}
