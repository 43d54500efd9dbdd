// The posts of the 1M-post bench store, deterministic: the same options give the same posts in
// the same order. Used by the generator (support/million.ts) and by its check against the real
// store path (support/millionCheck.ts), so both store exactly the same posts.

export interface MillionOptions {
  readonly feeds: number;
  readonly postsPerFeed: number;
  /** Share of posts also carried by feed 1 (the planet). */
  readonly planetShare: number;
}

export interface MillionPost {
  readonly id: number;
  readonly feedId: number;
  /** Also carried by feed 1, the planet. */
  readonly onPlanet: boolean;
  readonly title: string;
  readonly author: string;
  readonly url: string;
  readonly guid: string;
  readonly published: string;
  readonly html: string;
  /** The words of html as the search index takes them (store/htmlText.ts's htmlToText). */
  readonly text: string;
}

/** Every post's first-seen time. */
export const firstSeen = '2026-01-01T00:00:00.000Z';

const SYLLABLES = ['de', 'bi', 'an', 'lin', 'ux', 'sys', 'te', 'md', 'kern', 'el', 'pla', 'net'];
const COMMON = [
  'the',
  'a',
  'and',
  'of',
  'to',
  'in',
  'is',
  'for',
  'on',
  'with',
  'linux',
  'debian',
  'release',
  'kernel',
  'package',
  'conference',
  'talk',
  'notes',
  'week',
  'server',
];

/** A vocabulary of common words and a long tail of rarer made-up ones, as real text has. */
function vocabulary(size: number): string[] {
  const words = [...COMMON];
  for (let i = 0; words.length < size; i += 1) {
    let word = '';
    for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length))
      word += SYLLABLES[n % SYLLABLES.length];
    words.push(word);
  }
  return words;
}

/** Small deterministic generator (LCG): the same seed gives the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(words: readonly string[], next: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    // Zipf-like: common words often, the tail rarely.
    const r = next();
    out.push(words[Math.floor(words.length * r * r * r)] ?? 'linux');
  }
  return out.join(' ');
}

const PARAGRAPHS = 8192;

/** The posts in id order (ids from 1); posts of all feeds interleave in time. */
export function* millionPosts(options: MillionOptions): Generator<MillionPost> {
  const words = vocabulary(20_000);
  const next = random(42);
  // Paragraphs are drawn from a pool of sentences (drawing every word made the text cost more
  // than storing it); titles are drawn word by word, so rare words stay rare.
  const pool = Array.from({ length: PARAGRAPHS }, () => sentence(words, next, 40));
  const total = options.feeds * options.postsPerFeed;
  for (let id = 1; id <= total; id += 1) {
    const feedId = 1 + ((id - 1) % options.feeds);
    const title = `Post ${id}: ${sentence(words, next, 4 + Math.floor(next() * 6))}`;
    const paragraphs: string[] = [];
    const bytes = 2000 + Math.floor(next() * 2000); // 2-4 KB, like the refresh bench's posts
    for (let size = 0; size < bytes;) {
      const text = pool[Math.floor(next() * PARAGRAPHS)] as string;
      paragraphs.push(text);
      size += text.length + 8;
    }
    yield {
      id,
      feedId,
      onPlanet: feedId !== 1 && next() < options.planetShare,
      title,
      author: `Author ${feedId}`,
      url: `https://blog${feedId}.example/${2015 + (id % 10)}/post-${id}/`,
      guid: `https://blog${feedId}.example/?p=${id}`,
      published: new Date(Date.UTC(2015, 0, 1) + id * 60_000).toISOString(),
      html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
      text: paragraphs.join(' '),
    };
  }
}

/** The identity keys the store files a post under. */
export function postKeys(post: MillionPost): string[] {
  return [`guid:${post.guid}`, `link:${post.url}`];
}
