// Every word the search index holds, in a plain table (search_terms), so that the last word of a
// search (a prefix: results follow the user while they type) becomes a short OR of whole words.
// FTS5 answers a prefix by merging the postings of every word it begins, all of them, before it
// returns the first row: "ke" read every post of a million-post store (seconds); an OR of whole
// words is walked newest-first and stops after the rows asked for.
// The words come from FTS5's own tokenizer (a scratch index of each batch), never from a copy of
// its rules, so the table holds exactly the index's words. Words of removed posts stay: they
// expand to nothing and cost nothing.
import type { DatabaseSync } from 'node:sqlite';

/** Most whole words one prefix expands to (the shortest first). */
export const maxExpansion = 64;
/** Most words read to choose them from. */
const maxScanned = 20_000;

/** The migration: the table, filled from the index of an existing store. */
export const searchTermsMigration = `
  CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE VIRTUAL TABLE temp.search_terms_now USING fts5vocab(main, entry_search, 'row');
  INSERT INTO search_terms (term) SELECT term FROM temp.search_terms_now;
  DROP TABLE temp.search_terms_now;
`;

/** The first string after every string that starts with `prefix`. */
function pastPrefix(prefix: string): string {
  return prefix + '\u{10FFFF}';
}

export function searchTermQueries(db: DatabaseSync) {
  const scratch = `
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_batch USING fts5(words, content = '',
      tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_batch_terms
      USING fts5vocab(temp, search_batch, 'row');`;
  let scratchReady = false;
  const prepared = () => {
    if (!scratchReady) db.exec(scratch);
    scratchReady = true;
    return {
      add: db.prepare('INSERT INTO temp.search_batch (words) VALUES (?)'),
      keep: db.prepare(
        'INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.search_batch_terms',
      ),
      clear: db.prepare("INSERT INTO temp.search_batch (search_batch) VALUES ('delete-all')"),
    };
  };
  let statements: ReturnType<typeof prepared> | null = null;
  const startingWith = db.prepare(
    `SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ${maxScanned}`,
  );

  return {
    /** Files the words of a batch of posts (title, author, text) in search_terms. */
    recordTerms(texts: readonly string[]): void {
      statements ??= prepared();
      for (const text of texts) statements.add.run(text);
      statements.keep.run();
      statements.clear.run();
    },
    /**
     * The indexed words that start with `prefix` (already folded as the index folds: lower
     * case, no diacritics): all of them when there are at most maxExpansion, else the shortest.
     */
    wordsStartingWith(prefix: string): string[] {
      const rows = startingWith.all(prefix, pastPrefix(prefix)) as { term: string }[];
      const terms = rows.map((row) => row.term);
      if (terms.length <= maxExpansion) return terms;
      return terms.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, maxExpansion);
    },
  };
}
