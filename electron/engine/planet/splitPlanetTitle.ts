// Planets put the member's name in front of each title ("Author Name: Post title", Planet
// Venus's RSS template and Drupal's aggregator); an untitled post becomes just "Author Name".
// Turn that back into a title by an author, without touching a blog's own "Review: Foo".

/** Title words that are often followed by a colon and are not people. */
const NOT_NAMES = new Set([
  're',
  'fwd',
  'fw',
  'review',
  'update',
  'updated',
  'announce',
  'announcement',
  'news',
  'video',
  'audio',
  'podcast',
  'note',
  'notes',
  'release',
  'released',
  'question',
  'tip',
  'howto',
  'tutorial',
  'guide',
  'interview',
  'event',
  'reminder',
  'show hn',
  'ask hn',
  'tell hn',
  'breaking',
  'part',
  'day',
  'talk',
  'lca',
]);

const WORD = /^[\p{L}][\p{L}\p{M}'’-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Names an author field may hold: "Tom Harrow", or "noreply@blogger.com (Tom Harrow)". */
function authorNames(author: string | null): string[] {
  if (author === null) return [];
  const names = [fold(author)];
  const inParens = /\(([^()]+)\)\s*$/.exec(author);
  if (inParens?.[1]) names.push(fold(inParens[1]));
  return names.filter((name) => name !== '');
}

function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/** 1-5 words made of letters (an initial like "J." allowed), no digits, no sentence punctuation. */
function isNameShaped(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < 1 || words.length > 5 || text.length > 60) return false;
  if (NOT_NAMES.has(fold(text))) return false;
  return words.every((word) => WORD.test(word) || INITIAL.test(word));
}

/** Names an entry is known by: its author line and the title of the feed its <source> names. */
export function entryNames(author: string | null, sourceTitle: string | null): string[] {
  const names = authorNames(author);
  if (sourceTitle !== null) {
    // "etbe – Russell Coker": the blog's name, the person's, or both.
    for (const part of [sourceTitle, ...sourceTitle.split(/\s+[–—|-]\s+/)]) {
      const name = fold(part);
      if (name !== '' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** "Prefix: rest" as its two parts (first ": " only), or null when either side would be empty. */
export function prefixOf(title: string): { prefix: string; rest: string } | null {
  const trimmed = title.trim();
  const colon = trimmed.indexOf(': ');
  if (colon <= 0) return null;
  const prefix = trimmed.slice(0, colon).trim();
  const rest = trimmed.slice(colon + 2).trim();
  return prefix === '' || rest === '' ? null : { prefix, rest };
}

/** A prefix worth considering as a member's name (used to build a planet's member list). */
export function isMemberNameShaped(prefix: string): boolean {
  return isNameShaped(prefix);
}

export { fold as foldName };

/**
 * On a planet, "Member Name: Post title" is the post "Post title" by Member Name, and an item
 * titled just with a member's name is an untitled post by them. Only names known for this entry
 * or feed count (the entry's author, its <source>'s title, the planet's member list): a guess
 * from the title's shape alone would eat "Ibope: Candidate leads…" on a news portal. The split
 * never leaves an empty title behind a prefix.
 */
export function splitPlanetTitle(
  title: string,
  author: string | null,
  planet: boolean,
  known: { sourceTitle?: string | null; memberNames?: ReadonlySet<string> } = {},
): { title: string; author: string | null } {
  if (!planet) return { title, author };
  const names = entryNames(author, known.sourceTitle ?? null);
  const isKnown = (name: string): boolean =>
    names.includes(fold(name)) || (known.memberNames?.has(fold(name)) ?? false);
  const trimmed = title.trim();

  // An untitled post: the planet printed only the member's name.
  if (trimmed !== '' && isKnown(trimmed))
    return { title: '', author: author === null ? trimmed : displayAuthor(author, trimmed) };

  const parts = prefixOf(trimmed);
  if (parts === null || !isKnown(parts.prefix)) return { title, author };
  return {
    title: parts.rest,
    author: author === null ? parts.prefix : displayAuthor(author, parts.prefix),
  };
}

/** The planet's spelling of the name is the readable one ("Tom Harrow", not "noreply@… (Tom Harrow)"). */
function displayAuthor(author: string, prefix: string): string {
  return fold(author) === fold(prefix) ? author : prefix;
}
