// A background image pass looks for the icon of every feed that has none yet (each: the site's
// page, then /favicon.ico), and each fetch asks whether its host is one the user gave. That
// answer is read from the store once per pass: read per fetch, a first refresh of 5,000 feeds
// ended with 25M feed addresses parsed (and the CLI's peak memory) before the command exited.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { systemAddressGuard } from '../../../../electron/engine/fetch/addressGuard.ts';
import { createConcurrencyLimiter } from '../../../../electron/engine/fetch/limiter.ts';
import { ImageCache } from '../../../../electron/engine/images/imageCache.ts';
import { databaseFileName } from '../../../../electron/engine/paths.ts';
import { openReader } from '../../../../electron/engine/reader.ts';
import { openStore } from '../../../../electron/engine/store/index.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { rssWithImages } from '../../../support/images.ts';
import { serve, startServer } from '../../../support/server.ts';

const dir = tempDir();
after(() => dir.dispose());

const feedCount = 12;

test("one background pass reads the user-given feeds' hosts once, however many icons it looks for", async () => {
  const server = await startServer();
  const feedUrls = Array.from({ length: feedCount }, (_, i) => {
    const post = { guid: `p${i}`, title: `Post ${i}`, html: '<p>no pictures</p>' };
    server.route(`/f${i}/feed.xml`, serve(rssWithImages(server.origin, [post])));
    return server.url(`/f${i}/feed.xml`);
  });
  // The feeds are stored and fetched with images off, so no icon has been looked for yet.
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    parseWorkerUrl: null,
    images: { remoteImages: 'never' },
  });
  for (const url of feedUrls) await reader.addFeed({ url });
  await reader.close();

  const store = openStore(join(dir.path, databaseFileName));
  let reads = 0;
  const index = {
    ...store.images,
    userGivenFeedUrls() {
      reads += 1;
      return store.images.userGivenFeedUrls();
    },
  };
  const cache = new ImageCache({
    dataDir: dir.path,
    index,
    fetch: { addressGuard: systemAddressGuard },
    limiter: createConcurrencyLimiter({ global: 8, perHost: 2 }),
    now: () => new Date(),
    busy: () => false,
  });
  try {
    cache.schedule();
    await cache.idle();
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
    assert.deepEqual(store.images.iconsDue(weekAgo, 100), [], 'every feed was looked at');
    const asked = server.requests.filter((r) => r.path === '/' || r.path === '/favicon.ico');
    assert.ok(asked.length >= feedCount, `every feed's site was asked (${asked.length} requests)`);
    assert.equal(reads, 1, 'the user-given feeds were read once in the pass');
  } finally {
    await cache.close();
    store.close();
    await server.close();
  }
});
