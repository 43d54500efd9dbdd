// Issue 8's offline promise through the real `orrery` process: a data directory filled online by
// the CLI (a refresh that also caches the post's image before exiting, the full article fetched
// with `article`), then read with the feed server stopped: `show`, `article`, and a search all
// answer from what was stored, and the image is in the cache.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from '../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { pngBytes, rssWithImages } from '../../support/images.ts';
import { runOrrery } from '../../support/orreryCli.ts';
import { serve, startServer } from '../../support/server.ts';

const dir = tempDir('orrery-cli-offline-');
after(() => dir.dispose());

async function json<T>(...args: string[]): Promise<T> {
  const run = await runOrrery(dir.path, ['--json', ...args]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
}

test('filled online by the CLI, read offline: show, article and search answer; the image is cached', async () => {
  const server = await startServer();
  const photo = pngBytes(12, 8, [30, 60, 90]);
  server.route('/img/rack.png', serve(photo, { 'content-type': 'image/png' }));
  // The post's link (rssWithImages: /posts/<guid>) is a WordPress page.
  server.route(
    '/posts/trixie',
    serve(fixtureBytes('pages/wordpress.html'), { 'content-type': 'text/html' }),
  );
  const html = `<p>The quokkaserver summary.</p><img alt="rack" src="${server.url('/img/rack.png')}">`;
  server.route(
    '/feed.xml',
    serve(rssWithImages(server.origin, [{ guid: 'trixie', title: 'Trixie at home', html }])),
  );

  await json('add', server.url('/feed.xml'));
  const [post] = await json<{ id: number }[]>('entries');
  const online = await json<{ article: { html: string | null } }>('article', String(post!.id));
  assert.match(online.article.html ?? '', /trixie/i);
  await server.close();

  const shown = await json<{ contentHtml: string; fullArticle: { html: string } | null }>(
    'show',
    String(post!.id),
  );
  assert.match(shown.contentHtml, /quokkaserver/);
  assert.match(shown.fullArticle?.html ?? '', /trixie/i, 'the full article kept');
  const article = await runOrrery(dir.path, ['article', String(post!.id)]);
  assert.equal(article.code, 0, article.stderr);
  assert.match(article.stdout, /Upgrading the home server to Debian trixie/, 'the kept article');
  const found = await json<{ id: number }[]>('entries', '--search', 'quokkaserver');
  assert.deepEqual(
    found.map((e) => e.id),
    [post!.id],
  );

  // The refresh of `add` cached the image before the process exited.
  const reader = await openReader({ dataDir: dir.path, firstRunFeeds: [], parseWorkerUrl: null });
  try {
    const cached = await reader.images.image(server.url('/img/rack.png'), false);
    assert.deepEqual(Buffer.from(cached?.bytes ?? []), photo);
  } finally {
    await reader.close();
  }
});
