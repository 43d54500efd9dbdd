// kill -9 while a prune's search-index rows are pending or while the index is being refilled
// (store/staleSearchRows.ts): the file is intact, searches find exactly the posts still stored
// (never a pruned one, never missing a survivor), and the next prune leaves the index clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, found } from '../../../support/searchChecks.ts';
import { join } from 'node:path';
import { prune } from '../../../../electron/engine/retention/prune.ts';
import { openStore, type Store } from '../../../../electron/engine/store/index.ts';
import { integrityCheck, runUntilKilled } from '../../../support/crashHarness.ts';
import { tempDir } from '../../../support/fixtures.ts';

const writer = new URL('./searchCleanupCrashWriter.ts', import.meta.url).pathname;

async function killedAt(line: string, nth: number) {
  const dir = tempDir('orrery-search-cleanup-crash-');
  const file = join(dir.path, 'orrery.sqlite');
  let seen = 0;
  const lines = await runUntilKilled(
    writer,
    file,
    (printed) => (printed === line && ++seen === nth) || printed === 'done',
  );
  assert.ok(!lines.includes('done'), `killed at ${line} ${nth}`);
  return { dir, file, lines };
}

/** Searches find exactly the posts still stored, by a shared word and by each post's own. */
function assertSearchMatchesPosts(store: Store): void {
  const stored = store.listEntries({ limit: 1000 }).entries;
  assert.deepEqual(
    found(store, 'planets'),
    stored.map((row) => row.id).sort((a, b) => a - b),
  );
  for (let i = 0; i < 400; i += 1) {
    const own = stored.filter((row) => row.title === `Post ${i} about planets`);
    assert.deepEqual(
      found(store, `tag${i}z`),
      own.map((row) => row.id),
      `post ${i}`,
    );
  }
}

test('kill -9 during the index rebuild: intact, searches exact, the queue finishes it', async () => {
  const { dir, file, lines } = await killedAt('indexed', 3);
  try {
    assert.ok(lines.includes('plan reindex'));
    assert.deepEqual(integrityCheck(file), ['ok']);
    assert.ok(count(file, 'search_pending') > 0, 'killed with survivors still queued');
    const store = openStore(file);
    try {
      assertSearchMatchesPosts(store);
      assert.equal(store.listEntries({ limit: 1000 }).entries.length, 40);
    } finally {
      store.close();
    }
    assert.equal(count(file, 'search_pending'), 0);
    assert.equal(count(file, 'search_stale'), 0);
    assert.equal(count(file, 'entry_search_docsize'), 40);
  } finally {
    dir.dispose();
  }
});

test('kill -9 mid-prune with index rows left stale: searches exact, the next prune cleans up', async () => {
  const { dir, file } = await killedAt('step', 6);
  try {
    assert.deepEqual(integrityCheck(file), ['ok']);
    assert.ok(count(file, 'search_stale') > 0, 'killed with rows left stale');
    const store = openStore(file);
    try {
      assertSearchMatchesPosts(store);
      await prune(store, { rules: { keepReadDays: 90, maxPerFeed: 1000 }, now: new Date() });
      assertSearchMatchesPosts(store);
    } finally {
      store.close();
    }
    assert.equal(count(file, 'search_stale'), 0);
    assert.equal(count(file, 'search_pending'), 0);
    assert.equal(count(file, 'entry_search_docsize'), 40);
  } finally {
    dir.dispose();
  }
});
