// Full articles through the whole engine: the post's page fetched from loopback, Readability on
// the parse worker, the article kept beside the feed's version and readable with the server gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader, type Reader } from '../../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../../support/fixtures.ts';
import { rssLinkingTo } from '../../../support/pageFeed.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

let server: TestServer;
const dirs: { dispose: () => void }[] = [];
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
  for (const dir of dirs) dir.dispose();
});

async function freshReader(): Promise<Reader> {
  const dir = tempDir();
  dirs.push(dir);
  return openReader({ dataDir: dir.path, firstRunFeeds: [] });
}

const html = { 'content-type': 'text/html; charset=utf-8' };

test('f on a post: its page becomes the full article, kept beside the feed version, offline too', async () => {
  server.route(
    '/a/feed',
    serve(
      rssLinkingTo([
        { guid: 'a1', title: 'Trixie upgrade', link: server.url('/a/trixie') },
        { guid: 'a2', title: 'Sign-in wall', link: server.url('/a/wall') },
      ]),
    ),
  );
  server.route('/a/trixie', serve(fixtureBytes('pages/wordpress.html'), html));
  server.route('/a/wall', serve(fixtureBytes('pages/no-article.html'), html));
  const reader = await freshReader();
  try {
    const feed = await reader.addFeed({ url: server.url('/a/feed') });
    const { entries } = await reader.listEntries({ feedId: feed.id });
    const post = entries.find((e) => e.title === 'Trixie upgrade')!;
    const wall = entries.find((e) => e.title === 'Sign-in wall')!;

    const { article } = await reader.fetchFullArticle({ entryId: post.id });
    assert.match(article.html ?? '', /The little server under the stairs/);
    assert.equal(article.problem, null);
    const stored = await reader.getEntry({ entryId: post.id });
    assert.match(stored?.fullArticle?.html ?? '', /The little server under the stairs/);
    assert.match(
      stored?.contentHtml ?? stored?.summary ?? '',
      /A short summary/,
      "the feed's version stays",
    );

    const none = await reader.fetchFullArticle({ entryId: wall.id });
    assert.equal(none.article.html, null);
    assert.match(none.article.problem ?? '', /found no article/);
    assert.match(
      (await reader.getEntry({ entryId: wall.id }))?.fullArticle?.problem ?? '',
      /no article/,
    );

    // The site goes away: the kept article still reads.
    const requests = server.requests.length;
    server.route('/a/trixie', (_req, res) => void res.writeHead(503).end());
    const offline = await reader.fetchFullArticle({ entryId: post.id });
    assert.match(offline.article.html ?? '', /The little server under the stairs/);
    assert.equal(server.requests.length, requests + 1);
    await assert.rejects(reader.fetchFullArticle({ entryId: 999_999 }), /no entry 999999/);
  } finally {
    await reader.close();
  }
});

test('a feed set to "Fetch the full article" gets the articles of its new posts on refresh', async () => {
  const items = [{ guid: 'b1', title: 'Oscilloscope', link: server.url('/b/scope') }];
  server.route('/b/feed', (req, res) => void serve(rssLinkingTo(items))(req, res));
  server.route('/b/scope', serve(fixtureBytes('pages/blogger.html'), html));
  server.route('/b/estimates', serve(fixtureBytes('pages/ghost.html'), html));
  const reader = await freshReader();
  try {
    const feed = await reader.addFeed({ url: server.url('/b/feed') });
    assert.deepEqual(await reader.fullArticleFeeds({}), { feedIds: [] });
    await reader.setFullArticleFeed({ feedId: feed.id, enabled: true });
    assert.deepEqual(await reader.fullArticleFeeds({}), { feedIds: [feed.id] });
    items.push({ guid: 'b2', title: 'Estimates', link: server.url('/b/estimates') });
    await reader.refresh({ feedIds: [feed.id] });
    const { entries } = await reader.listEntries({ feedId: feed.id });
    const fresh = entries.find((e) => e.title === 'Estimates')!;
    const old = entries.find((e) => e.title === 'Oscilloscope')!;
    assert.match(
      (await reader.getEntry({ entryId: fresh.id }))?.fullArticle?.html ?? '',
      /planning meetings/,
    );
    assert.equal((await reader.getEntry({ entryId: old.id }))?.fullArticle, null, 'only new posts');
    await assert.rejects(reader.setFullArticleFeed({ feedId: 424242, enabled: true }), /no feed/);
  } finally {
    await reader.close();
  }
});
