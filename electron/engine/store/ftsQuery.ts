// A person's search text as a safe FTS5 query: every word becomes a quoted string, so
// operators (AND, NEAR, -, *, ", parentheses) are plain text and can never be a syntax error.

const MAX_TERMS = 16;

/** The search's words, as typed (at most MAX_TERMS). */
export function ftsTerms(search: string): string[] {
  return search
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}\p{M}_]+/u)
    .filter((term) => term !== '')
    .slice(0, MAX_TERMS);
}

/** A word as an FTS5 string: never an operator. */
export function quoted(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** null when nothing searchable is left (only punctuation, or empty). */
export function toFtsQuery(search: string): string | null {
  const terms = ftsTerms(search);
  if (terms.length === 0) return null;
  // The last word matches as a prefix: results follow the user while they type.
  return terms
    .map((term, index) => `${quoted(term)}${index === terms.length - 1 ? '*' : ''}`)
    .join(' ');
}
