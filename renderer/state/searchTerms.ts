// A search's words as the engine matches them (every word, the last as a prefix, any case,
// accents ignored), to find them again in text shown on screen: list snippets and the article.
// Pure: no DOM.

/** Lower case without diacritics, one character in for one out (so offsets carry over). */
export function foldChar(c: string): string {
  const base = c.normalize('NFD').replace(/\p{M}+/gu, '');
  return (base.length === 1 ? base : c).toLowerCase();
}

export function searchWords(search: string): string[] {
  return search
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}\p{M}_]+/u)
    .filter((word) => word !== '')
    .map((word) => [...word].map(foldChar).join(''))
    .slice(0, 16);
}

/** [start, end) ranges of text where a word starting with a search word begins. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  if (words.length === 0) return [];
  const ranges: [number, number][] = [];
  const wordPattern = /[\p{L}\p{N}\p{M}_]+/gu;
  for (const match of text.matchAll(wordPattern)) {
    const folded = [...match[0]].map(foldChar).join('');
    const word = words.find((w) => folded.startsWith(w));
    if (word === undefined) continue;
    const start = match.index;
    // The matched prefix, in the text's own characters.
    const chars = [...match[0]].slice(0, [...word].length).join('');
    ranges.push([start, start + chars.length]);
  }
  return ranges;
}
