// The 1M-post bench writes its store straight into SQLite for speed; this keeps it honest: a
// small generated store must hold exactly what openStore + savePosts + the search index's flush
// write for the same posts (schema, every row, every indexed word).
import { test } from 'node:test';
import { checkGeneratorAgainstStore } from '../../bench/support/millionCheck.ts';
import { tempDir } from '../../support/fixtures.ts';

test("the million bench's generator stores what the real store path stores", () => {
  const dir = tempDir('orrery-million-check-');
  try {
    checkGeneratorAgainstStore(dir.path, { feeds: 20, postsPerFeed: 10, planetShare: 0.2 });
  } finally {
    dir.dispose();
  }
});
