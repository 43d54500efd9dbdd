import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntryDetail } from '../../../../shared/model.ts';
import {
  ArticleCache,
  articleCacheSize,
  type PreparedArticle,
} from '../../../../renderer/article/articleCache.ts';

// A stand-in for the engine's getEntry that counts its calls; `prepare` marks what it cleaned.
function engine(missing: ReadonlySet<number> = new Set()) {
  const calls: number[] = [];
  const load = async (entryId: number): Promise<EntryDetail | null> => {
    calls.push(entryId);
    if (missing.has(entryId)) return null;
    return { id: entryId, contentHtml: `<p>entry ${entryId}</p>` } as EntryDetail;
  };
  // Async, as the app's is (the sanitiser is a chunk loaded with the first article).
  const prepare = async (detail: EntryDetail): Promise<PreparedArticle> => ({
    entryId: detail.id,
    cleanHtml: `clean:${detail.contentHtml ?? ''}`,
  });
  return { calls, cache: new ArticleCache(load, prepare) };
}

test('a prefetched entry is ready synchronously, cleaned once, fetched once', async () => {
  const { calls, cache } = engine();
  assert.equal(cache.peek(7), undefined, 'nothing before the fetch');
  cache.prefetch([7, 8]);
  assert.equal(cache.peek(7), undefined, 'not ready until the engine answered');
  const article = await cache.get(7);
  assert.deepEqual(article, { entryId: 7, cleanHtml: 'clean:<p>entry 7</p>' });
  assert.equal(cache.peek(7), article);
  await cache.get(8);
  await cache.get(7);
  assert.deepEqual(calls, [7, 8]);
});

test('an entry the engine no longer has is ready as null, not retried on every open', async () => {
  const { calls, cache } = engine(new Set([3]));
  assert.equal(await cache.get(3), null);
  assert.equal(cache.peek(3), null);
  await cache.get(3);
  assert.deepEqual(calls, [3]);
});

test('a failed fetch is forgotten, so opening the entry asks again', async () => {
  let fail = true;
  const cache = new ArticleCache(
    async (entryId) => {
      if (fail) throw new Error('offline');
      return { id: entryId, contentHtml: 'x' } as EntryDetail;
    },
    async (detail) => ({ entryId: detail.id, cleanHtml: detail.contentHtml ?? '' }),
  );
  cache.prefetch([1]);
  await assert.rejects(cache.get(1), /offline/);
  assert.equal(cache.peek(1), undefined);
  fail = false;
  assert.deepEqual(await cache.get(1), { entryId: 1, cleanHtml: 'x' });
});

test('the cache is bounded: the oldest entries go first', async () => {
  const { cache } = engine();
  const ids = Array.from({ length: articleCacheSize + 5 }, (_, i) => i + 1);
  await Promise.all(ids.map((id) => cache.get(id)));
  for (const id of ids.slice(0, 5)) assert.equal(cache.peek(id), undefined, `${id} evicted`);
  for (const id of ids.slice(5)) assert.ok(cache.peek(id), `${id} kept`);
});

test('clear drops everything, including an answer still on its way', async () => {
  const { cache } = engine();
  const pending = cache.get(5);
  cache.clear();
  await pending;
  assert.equal(cache.peek(5), undefined, 'a stale answer does not come back after clear');
});
