// What kind of document a body is, from its first bytes / characters.

export type Sniffed =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json' }
  | { readonly kind: 'html' }
  | { readonly kind: 'xml'; readonly root: string }
  | { readonly kind: 'other'; readonly root: string | null };

const FEED_ROOTS = new Set(['rss', 'feed', 'RDF']);

/** Skip the XML prolog (declaration, PIs, comments, DOCTYPE) and name the first element. */
export function rootElementName(text: string): string | null {
  const head = text.slice(0, 64 * 1024);
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at] ?? '')) at++;
    if (head.startsWith('<?', at)) {
      const end = head.indexOf('?>', at);
      if (end === -1) return null;
      at = end + 2;
    } else if (head.startsWith('<!--', at)) {
      const end = head.indexOf('-->', at);
      if (end === -1) return null;
      at = end + 3;
    } else if (head.startsWith('<!', at)) {
      // DOCTYPE: skip a bracketed internal subset if present.
      const bracket = head.indexOf('[', at);
      const close = head.indexOf('>', at);
      if (close === -1) return null;
      if (bracket !== -1 && bracket < close) {
        const subsetEnd = head.indexOf(']', bracket);
        const after = subsetEnd === -1 ? -1 : head.indexOf('>', subsetEnd);
        if (after === -1) return null;
        at = after + 1;
      } else at = close + 1;
    } else break;
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(at, at + 256));
  return m?.[1] ?? null;
}

export function sniffDocument(text: string, contentType: string | null): Sniffed {
  const trimmed = text.trimStart();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.startsWith('{')) return { kind: 'json' };
  if (/^<!doctype\s+html/i.test(trimmed)) return { kind: 'html' };
  const root = rootElementName(trimmed);
  if (root !== null && FEED_ROOTS.has(root.replace(/^.*:/, ''))) return { kind: 'xml', root };
  if (root !== null && /^(html|head|body)$/i.test(root)) return { kind: 'html' };
  if (contentType !== null && /\bhtml\b/i.test(contentType) && !/xml/i.test(contentType))
    return { kind: 'html' };
  return { kind: 'other', root };
}

/** A cheap guess from raw bytes, for choosing how to decode them. */
export function sniffBytesKind(
  bytes: Uint8Array,
  contentType: string | null,
): 'xml' | 'html' | 'json' {
  let start = 0;
  // Skip BOM bytes, zero bytes of UTF-16 and whitespace.
  while (
    start < bytes.length &&
    start < 1024 &&
    [0xef, 0xbb, 0xbf, 0xfe, 0xff, 0x00, 0x20, 0x09, 0x0a, 0x0d].includes(bytes[start] ?? 0)
  )
    start++;
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(start, start + 1024))
    .replace(/\0/g, '');
  if (head.startsWith('{')) return 'json';
  if (/^<!doctype\s+html|^<html[\s>]/i.test(head)) return 'html';
  if (/^<\?xml/i.test(head)) return 'xml';
  if (contentType !== null && /\bhtml\b/i.test(contentType)) return 'html';
  return 'xml';
}
