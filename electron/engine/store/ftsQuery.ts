// A person's search text as a safe FTS5 query: every word becomes a quoted string, so
// operators (AND, NEAR, -, *, ", parentheses) are plain text and can never be a syntax error.

const MAX_TERMS = 16;

/** null when nothing searchable is left (only punctuation, or empty). */
export function toFtsQuery(search: string): string | null {
  const terms = search
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}\p{M}_]+/u)
    .filter((term) => term !== '')
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  // The last word matches as a prefix: results follow the user while they type.
  return terms
    .map((term, index) => `"${term.replace(/"/g, '""')}"${index === terms.length - 1 ? '*' : ''}`)
    .join(' ');
}
