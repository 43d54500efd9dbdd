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

/** Particles that stay lower-case inside a name (Ludwig van Beethoven, Lucia de la Cruz). */
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'bin',
  'al',
  'y',
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
function isNameShaped(text: string, requireCapitals: boolean): boolean {
  const words = wordsOf(text);
  if (words.length < 1 || words.length > 5 || text.length > 60) return false;
  if (NOT_NAMES.has(fold(text))) return false;
  if (!words.every((word) => WORD.test(word) || INITIAL.test(word))) return false;
  if (!requireCapitals) return true;
  return words.every(
    (word, index) => /^\p{Lu}/u.test(word) || (index > 0 && NAME_PARTICLES.has(word)),
  );
}

export function splitPlanetTitle(
  title: string,
  author: string | null,
  planet: boolean,
): { title: string; author: string | null } {
  if (!planet) return { title, author };
  const known = authorNames(author);
  const trimmed = title.trim();

  // An untitled post: the planet printed only the member's name.
  const untitled =
    trimmed !== '' &&
    (known.length > 0
      ? known.includes(fold(trimmed))
      : isNameShaped(trimmed, true) && wordsOf(trimmed).length >= 2);
  if (untitled)
    return { title: '', author: author === null ? trimmed : displayAuthor(author, trimmed) };

  const colon = trimmed.indexOf(': ');
  if (colon <= 0) return { title, author };
  const prefix = trimmed.slice(0, colon).trim();
  const rest = trimmed.slice(colon + 2).trim();
  // With a known author only that name counts ("Rover 3: the ROS port begins" by Tom Harrow stays).
  const matches = known.length > 0 ? known.includes(fold(prefix)) : isNameShaped(prefix, false);
  if (!matches) return { title, author };
  return { title: rest, author: author === null ? prefix : displayAuthor(author, prefix) };
}

/** The planet's spelling of the name is the readable one ("Tom Harrow", not "noreply@… (Tom Harrow)"). */
function displayAuthor(author: string, prefix: string): string {
  return fold(author) === fold(prefix) ? author : prefix;
}
