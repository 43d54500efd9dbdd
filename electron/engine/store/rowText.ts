// Words from a post's text for its list row: the snippet around a search's first match, and a
// title for untitled posts (Mastodon, micro-blogs) from their first words. The full-text index is
// contentless (no FTS5 snippet()), so the words come from the stored content of the page's rows.
import type { DatabaseSync } from 'node:sqlite';
import type { EntryRow } from '../../../shared/model.ts';
import { readableText } from './htmlText.ts';

/** Words shown as an untitled post's title, and around a match in a snippet. */
const titleWords = 10;
const snippetChars = 160;

/** Longest stretch of a post read for its row's words. */
const maxHtml = 200_000;

/** The search's words, as toFtsQuery splits them, lower-cased without accents. */
export function searchTerms(search: string): string[] {
  return fold(search.normalize('NFKC'))
    .split(/[^\p{L}\p{N}\p{M}_]+/u)
    .filter((term) => term !== '')
    .slice(0, 16);
}

/** Lower case without diacritics, length-preserving enough for locating words. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The first few words, with an ellipsis when there were more. */
export function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const head = words.slice(0, titleWords).join(' ');
  return words.length > titleWords ? `${head}…` : head;
}

/** About snippetChars of text around the first word starting with a term; null without a match. */
export function snippetAround(text: string, terms: readonly string[]): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  const at = words.findIndex((word) => {
    const folded = fold(word).replace(/^[^\p{L}\p{N}]+/u, '');
    return terms.some((term) => folded.startsWith(term));
  });
  if (at < 0) return null;
  let start = at;
  let length = words[at]!.length;
  // A few words of context before the match, the rest after it.
  while (start > 0 && at - start < 6 && length < snippetChars / 3) {
    start--;
    length += words[start]!.length + 1;
  }
  let end = at + 1;
  while (end < words.length && length < snippetChars) {
    length += words[end]!.length + 1;
    end++;
  }
  return `${start > 0 ? '…' : ''}${words.slice(start, end).join(' ')}${end < words.length ? '…' : ''}`;
}

export function rowTextQueries(db: DatabaseSync) {
  const content = db.prepare('SELECT content_html, summary FROM entry_content WHERE entry_id = ?');

  function textOf(id: number): string {
    const row = content.get(id) as
      { content_html: string | null; summary: string | null } | undefined;
    return row ? readableText(row.content_html ?? row.summary, maxHtml) : '';
  }

  /** Untitled rows get their first words; with a search every row gets its snippet. */
  return function withRowText(rows: EntryRow[], search: string | undefined): EntryRow[] {
    const terms = search ? searchTerms(search) : [];
    return rows.map((row) => {
      if (row.title !== '' && terms.length === 0) return row;
      const text = textOf(row.id);
      const title = row.title === '' ? firstWords(text) : row.title;
      const snippet = terms.length ? snippetAround(text, terms) : null;
      return { ...row, title, ...(snippet !== null ? { snippet } : {}) };
    });
  };
}
