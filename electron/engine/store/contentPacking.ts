// Post HTML is stored deflated (a BLOB) once it is long enough to gain from it: a post's text
// is most of a store's bytes, and at a million posts of 2-4 KB the database was 2x the text it
// held (issue 9's budget: 1.5x). Short HTML stays TEXT, and TEXT rows written before this are
// read as they are: the column holds either, and unpackHtml tells them apart by type.
import type { DatabaseSync } from 'node:sqlite';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Shorter HTML is kept as text: deflating it gains a few bytes for a call. */
const minPacked = 512;
/** No stored post is larger (a feed's body is bounded at 20 MiB): a bound on a corrupt row. */
const maxUnpacked = 64 * 2 ** 20;

/**
 * zlib's output buffer for about `expected` bytes. Its default is 16 KB for every call, however
 * small the post: a refresh that stores and then scans 9,000 posts made ~300 MB of short-lived
 * buffers, which the main thread's heap held ~4 MB of at its peak. More output than this takes
 * more chunks, joined.
 */
function outputChunk(expected: number): number {
  return Math.min(64 * 1024, Math.max(1024, expected));
}

/** What the store writes for a post's HTML. */
export function packHtml(html: string | null): string | Uint8Array | null {
  if (html === null || html.length < minPacked) return html;
  // Level 1: most of the gain of level 6 at half the time, on the refresh's path.
  return deflateRawSync(html, { level: 1, chunkSize: outputChunk(html.length) });
}

/** The HTML a stored value holds (TEXT as written before packing, or a packed BLOB). */
export function unpackHtml(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) {
    const chunkSize = outputChunk(value.length * 4);
    return inflateRawSync(value, { maxOutputLength: maxUnpacked, chunkSize }).toString('utf8');
  }
  return String(value);
}

/** The SQL function the migration below calls: packHtml for text, anything else unchanged. */
export function registerPackFunction(db: DatabaseSync): void {
  db.function('orrery_pack_html', { deterministic: true }, (value) =>
    typeof value === 'string' ? packHtml(value) : value,
  );
}

/** Packs the HTML of a store written before packing (once, when it is first opened). The
 * space it frees goes back to the file system with the idle vacuum (store/vacuum.ts). */
export const packContentMigration = `
  UPDATE entry_content SET content_html = orrery_pack_html(content_html),
    summary = orrery_pack_html(summary)
  WHERE (typeof(content_html) = 'text' AND length(content_html) >= ${minPacked})
     OR (typeof(summary) = 'text' AND length(summary) >= ${minPacked});
`;
