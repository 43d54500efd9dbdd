// The FTS5 query for a person's search: every word whole, and the last one (still being typed)
// as the whole indexed words it begins (store/searchTerms.ts), ORed. FTS5's own prefix query
// ("ke"*) merges every post of every such word before the first row comes back.
import { ftsTerms, quoted, toFtsQuery } from './ftsQuery.ts';

/** The word as the index folds it (lower case, no diacritics); null when its tokenizer would
 * split it or fold it in a way this cannot follow: FTS5's own prefix query is used then. */
function indexedForm(term: string): string | null {
  const folded = term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return /^[\p{L}\p{N}]+$/u.test(folded) ? folded : null;
}

/** null when nothing searchable is left (only punctuation, or empty). */
export function searchMatch(
  search: string,
  wordsStartingWith: (prefix: string) => string[],
): string | null {
  const terms = ftsTerms(search);
  const last = terms.at(-1);
  if (last === undefined) return null;
  const prefix = indexedForm(last);
  const words = prefix === null ? [] : wordsStartingWith(prefix);
  // Nothing indexed begins so (or the word is unusual): FTS5's own prefix query answers.
  if (words.length === 0) return toFtsQuery(search);
  const tail = words.length === 1 ? quoted(words[0]!) : `(${words.map(quoted).join(' OR ')})`;
  return [...terms.slice(0, -1).map(quoted), tail].join(' AND ');
}
