// One normalisation for every name in an OPML file (titles, folder names), used by both the
// reader and the writer so that a written file reads back exactly.

/** Longest name kept; matches the API's title limit. */
export const MAX_NAME_LENGTH = 1024;

// C0/C1 controls other than whitespace, lone surrogates and the XML non-characters U+FFFE/U+FFFF.
const UNWANTED =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Controls removed, whitespace runs collapsed to one space, trimmed, capped; null when empty. */
export function cleanName(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let name = raw.replace(UNWANTED, '').replace(/\s+/g, ' ').trim();
  if (name.length > MAX_NAME_LENGTH) {
    name = name.slice(0, MAX_NAME_LENGTH);
    // Never end on half a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(name)) name = name.slice(0, -1);
    name = name.trimEnd();
  }
  return name === '' ? null : name;
}

/** Text safe to put in an XML 1.0 document: characters XML cannot carry are dropped. */
export function xmlSafe(raw: string): string {
  return raw.replace(UNWANTED, '');
}
