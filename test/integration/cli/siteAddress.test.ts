// A feed whose <link> is javascript: is subscribed without a site address, and the exported OPML
// carries no javascript: htmlUrl (it did).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tempDir } from '../../support/fixtures.ts';
import { runOrrery } from '../../support/orreryCli.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Site link is script</title>
  <link>javascript:alert(document.domain)</link>
  <item><title>One</title><link>http://127.0.0.1/one</link><guid>one</guid></item>
</channel></rss>`;

let server: TestServer;
let data: { path: string; dispose: () => void };

before(async () => {
  data = tempDir();
  server = await startServer({
    '/feed.xml': serve(feed, { 'content-type': 'application/rss+xml' }),
  });
});
after(async () => {
  await server.close();
  data.dispose();
});

test('a javascript: site address is not stored, listed or exported', async () => {
  assert.equal((await runOrrery(data.path, ['add', server.url('/feed.xml')])).code, 0);
  const feeds = await runOrrery(data.path, ['--json', 'feeds']);
  assert.equal((JSON.parse(feeds.stdout) as { siteUrl: string | null }[])[0]?.siteUrl, null);
  const exported = await runOrrery(data.path, ['export']);
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stdout, /xmlUrl="http:\/\/127\.0\.0\.1/);
  assert.doesNotMatch(exported.stdout, /javascript:/i);
});
