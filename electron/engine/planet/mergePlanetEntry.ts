// When the same post arrives again (a refresh, or another feed that carries it), which copy's
// words does the reader keep? The member's own blog wins over a planet's copy, whichever came
// first; a planet copy never overwrites a blog copy. Read and starred state are not inputs.
import type { Enclosure } from '../../../shared/model.ts';
import type { IncomingPost } from './incomingPost.ts';

/** What the store keeps of a post's words (not its state). */
export interface StoredPostValues {
  readonly title: string;
  readonly author: string | null;
  readonly url: string | null;
  readonly published: string;
  readonly contentHtml: string | null;
  readonly summary: string | null;
  readonly enclosures: readonly Enclosure[];
  /** These values came from the member's own blog (not a planet copy). */
  readonly fromBlog: boolean;
}

function replaceWith(existing: StoredPostValues, incoming: IncomingPost): StoredPostValues {
  return {
    title: incoming.title !== '' ? incoming.title : existing.title,
    author: incoming.author ?? existing.author,
    url: incoming.url ?? existing.url,
    // Planets often date a post by its last update: only the blog's own date moves it.
    published: (incoming.isSyndicatedCopy ? null : incoming.published) ?? existing.published,
    contentHtml: incoming.contentHtml ?? existing.contentHtml,
    summary: incoming.summary ?? existing.summary,
    enclosures: incoming.enclosures.length > 0 ? incoming.enclosures : existing.enclosures,
    fromBlog: existing.fromBlog || !incoming.isSyndicatedCopy,
  };
}

/** Only fills what the stored copy lacks. */
function fillGaps(existing: StoredPostValues, incoming: IncomingPost): StoredPostValues {
  return {
    title: existing.title !== '' ? existing.title : incoming.title,
    author: existing.author ?? incoming.author,
    url: existing.url ?? incoming.url,
    published: existing.published,
    contentHtml: existing.contentHtml ?? incoming.contentHtml,
    summary: existing.summary ?? incoming.summary,
    enclosures: existing.enclosures.length > 0 ? existing.enclosures : incoming.enclosures,
    fromBlog: existing.fromBlog,
  };
}

/**
 * Does the incoming copy's words replace the stored ones? The blog's copy beats a planet's; among
 * planet copies the first stays (planets disagree on names: "Russell Coker" vs "etbe"), except
 * that the feed that supplied the stored words may update them (an edited post).
 */
export function incomingWins(
  existing: StoredPostValues,
  incoming: IncomingPost,
  fromSameFeed: boolean,
): boolean {
  if (!incoming.isSyndicatedCopy) return true;
  return !existing.fromBlog && fromSameFeed;
}

/**
 * The updated stored values when `incoming` is another copy of the stored post. `fromSameFeed`:
 * the incoming copy comes from the feed whose copy supplied the stored words.
 */
export function mergePlanetEntry(
  existing: StoredPostValues,
  incoming: IncomingPost,
  fromSameFeed = false,
): StoredPostValues {
  return incomingWins(existing, incoming, fromSameFeed)
    ? replaceWith(existing, incoming)
    : fillGaps(existing, incoming);
}

export function sameStoredValues(a: StoredPostValues, b: StoredPostValues): boolean {
  return (
    a.title === b.title &&
    a.author === b.author &&
    a.url === b.url &&
    a.published === b.published &&
    a.contentHtml === b.contentHtml &&
    a.summary === b.summary &&
    a.fromBlog === b.fromBlog &&
    JSON.stringify(a.enclosures) === JSON.stringify(b.enclosures)
  );
}
