// A long post's HTML is stored packed (store/contentPacking.ts): the image cache's scan of new
// posts still finds its images.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from '../../../../electron/engine/reader.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { pngBytes, rssWithImages } from '../../../support/images.ts';
import { serve, startServer } from '../../../support/server.ts';

test("a long post's images are cached like a short one's", async () => {
  const server = await startServer();
  const dir = tempDir();
  try {
    server.route(
      '/img/red.png',
      serve(pngBytes(4, 3, [255, 0, 0]), { 'content-type': 'image/png' }),
    );
    const words = '<p>A long post about the garden, with many words to take room.</p>'.repeat(40);
    server.route(
      '/feed.xml',
      serve(
        rssWithImages(server.origin, [
          { guid: 'long', title: 'Long', html: `${words}<img src="${server.origin}/img/red.png">` },
        ]),
      ),
    );
    const reader = await openReader({ dataDir: dir.path, firstRunFeeds: [], parseWorkerUrl: null });
    try {
      await reader.addFeed({ url: server.url('/feed.xml') });
      await reader.refresh({});
      await reader.images.idle();
      assert.ok(server.requests.some((request) => request.path === '/img/red.png'));
    } finally {
      await reader.close();
    }
  } finally {
    await server.close();
    dir.dispose();
  }
});
