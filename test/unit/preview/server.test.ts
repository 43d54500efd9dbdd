// The preview server against a real Reader on a temp data dir and a real loopback socket.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openReader, type Reader } from '../../../electron/engine/reader.ts';
import {
  maxBodyBytes,
  startPreviewServer,
  type PreviewServer,
} from '../../../electron/preview/server.ts';
import { tokensMatch } from '../../../electron/preview/token.ts';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let preview: PreviewServer;
let reader: Reader;
let feeds: TestServer;
const data = tempDir('orrery-preview-');

/** node:http, not fetch, so the test can send any Host header. */
function call(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: preview.port, method, path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A path under the page's place, /t/<token>/. */
const page = (path = '') => `/t/${preview.token}/${path}`;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  call('POST', path, {
    headers: { 'content-type': 'application/json', 'x-orrery-token': preview.token, ...headers },
    body: JSON.stringify(body),
  });

describe('preview server', () => {
  before(async () => {
    const staticDir = join(data.path, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(
      join(staticDir, 'index.html'),
      '<!doctype html><title>Orrery</title><script type="module" src="./assets/app.js"></script>',
    );
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'export {};');
    mkdirSync(join(staticDir, 'assets', 'chunks'));
    writeFileSync(join(staticDir, 'assets', 'chunks', 'lazy.js'), 'export const lazy = 1;');
    writeFileSync(join(data.path, 'secret.txt'), 'secret');
    feeds = await startServer({
      '/kerrie.xml': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
    });
    reader = await openReader({ dataDir: join(data.path, 'data'), firstRunFeeds: [] });
    preview = await startPreviewServer({ reader, staticDir });
  });
  after(async () => {
    await preview.close();
    await reader.close();
    await feeds.close();
    data.dispose();
  });

  test('it listens on 127.0.0.1 only and prints an address with a long random token in its path', () => {
    assert.match(preview.url, /^http:\/\/127\.0\.0\.1:\d+\/t\/[A-Za-z0-9_-]{40,}\/$/);
    assert.ok(preview.url.endsWith(`/t/${preview.token}/`));
  });

  test('a method call needs the token header; the page token in the query is not enough for POST', async () => {
    assert.equal(
      (await post('/api/reader/listFeeds', {}, { 'x-orrery-token': 'wrong' })).status,
      401,
    );
    const byQuery = await call('POST', `/api/reader/listFeeds?token=${preview.token}`, {
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(byQuery.status, 401);
    const ok = await post('/api/reader/listFeeds', {});
    assert.equal(ok.status, 200);
    assert.deepEqual(JSON.parse(ok.body), []);
  });

  test('arguments are checked by the method schema: 400 with the reason', async () => {
    const reply = await post('/api/reader/setRead', { entryIds: ['1'], read: true });
    assert.equal(reply.status, 400);
    assert.match(JSON.parse(reply.body).error, /setRead/);
    assert.equal((await post('/api/reader/listFeeds', { extra: 1 })).status, 400);
    const notJson = await call('POST', '/api/reader/listFeeds', {
      headers: { 'content-type': 'application/json', 'x-orrery-token': preview.token },
      body: '{oops',
    });
    assert.equal(notJson.status, 400);
  });

  test('unknown methods, and names from Object.prototype, are 404', async () => {
    assert.equal((await post('/api/reader/dropDatabase', {})).status, 404);
    assert.equal((await post('/api/reader/constructor', {})).status, 404);
    assert.equal((await post('/api/reader/__proto__', {})).status, 404);
    assert.equal((await post('/api/nope/listFeeds', {})).status, 404);
  });

  test('a form post (no JSON content type) is refused, and so is GET on a method', async () => {
    const form = await call('POST', '/api/reader/listFeeds', {
      headers: { 'content-type': 'text/plain', 'x-orrery-token': preview.token },
      body: '{}',
    });
    assert.equal(form.status, 415);
    assert.equal((await call('GET', `/api/reader/listFeeds?token=${preview.token}`)).status, 405);
  });

  test('a body over the limit is refused with 413', async () => {
    const reply = await call('POST', '/api/reader/importOpml', {
      headers: { 'content-type': 'application/json', 'x-orrery-token': preview.token },
      body: Buffer.alloc(maxBodyBytes + 1, 0x20),
    });
    assert.equal(reply.status, 413);
  });

  test('a Host header naming another site (DNS rebinding) is refused, even with the token', async () => {
    const reply = await call('GET', page(), {
      headers: { host: `evil.example:${preview.port}` },
    });
    assert.equal(reply.status, 421);
    const local = await call('GET', page(), {
      headers: { host: `localhost:${preview.port}` },
    });
    assert.equal(local.status, 200);
  });

  test('the page and its assets live under the token: relative addresses carry it, no cookie', async () => {
    const reply = await call('GET', page());
    assert.equal(reply.status, 200);
    // A cookie would be sent to every port of 127.0.0.1, leaking the token to other local servers.
    assert.equal(reply.headers['set-cookie'], undefined);
    // Served as built: a lazy chunk's relative import resolves under /t/<token>/ by itself.
    assert.equal(/src="([^"]+)"/.exec(reply.body)?.[1], './assets/app.js');
    const asset = await call('GET', page('assets/app.js'));
    assert.equal(asset.status, 200);
    assert.match(String(asset.headers['content-type']), /text\/javascript/);
    const chunk = await call('GET', page('assets/chunks/lazy.js'));
    assert.equal(chunk.body, 'export const lazy = 1;');
  });

  test('a page or chunk without the token, or with a wrong one, is refused', async () => {
    const wrong = `${preview.token.slice(0, -1)}${preview.token.endsWith('A') ? 'B' : 'A'}`;
    for (const path of [
      '/',
      '/index.html',
      '/assets/app.js',
      '/assets/chunks/lazy.js',
      `/assets/chunks/lazy.js?token=wrong`,
      '/t/',
      '/t//assets/app.js',
      `/t/${wrong}/`,
      `/t/${wrong}/assets/chunks/lazy.js`,
      `/t/${preview.token.slice(0, 20)}/assets/app.js`,
    ]) {
      const reply = await call('GET', path);
      assert.equal(reply.status, 401, path);
      assert.doesNotMatch(reply.body, /export|<html/, path);
    }
    // Only the page's place: the token in the query is for events and the cache.
    assert.equal((await call('GET', `/assets/app.js?token=${preview.token}`)).status, 404);
  });

  test('the old address form and the token without its slash lead to the page', async () => {
    for (const path of [`/?token=${preview.token}`, `/t/${preview.token}`]) {
      const reply = await call('GET', path);
      assert.equal(reply.status, 308, path);
      assert.equal(reply.headers.location, `/t/${preview.token}/`);
    }
  });

  test('paths outside the renderer directory are not served', async () => {
    for (const path of [
      page('../secret.txt'),
      page('%2e%2e/secret.txt'),
      page('assets/..%2f..%2fsecret.txt'),
      page('..%2fsecret.txt'),
      page('%2e%2e%2f%2e%2e%2fsecret.txt'),
      page('assets/..%5c..%5csecret.txt'),
    ]) {
      const reply = await call('GET', path);
      assert.ok([401, 404].includes(reply.status), `${path}: ${reply.status}`);
      assert.doesNotMatch(reply.body, /secret/, path);
    }
  });

  test("a malformed percent-encoded path is the client's mistake: 400, not 500", async () => {
    for (const path of ['%E0%A4%A', 'assets/%zz.js', '%', 'assets/chunks/%C0%AF.js']) {
      const reply = await call('GET', page(path));
      assert.equal(reply.status, 400, path);
      assert.match(JSON.parse(reply.body).error, /percent-encoding/);
    }
  });

  test('every response carries the strict CSP and nosniff, errors included', async () => {
    for (const reply of [
      await call('GET', '/'),
      await post('/api/reader/listFeeds', {}),
      await call('GET', page()),
      await call('GET', page('assets/app.js')),
      await call('GET', `/?token=${preview.token}`),
    ]) {
      assert.match(
        String(reply.headers['content-security-policy']),
        /default-src 'none'; script-src 'self'/,
      );
      assert.equal(reply.headers['x-content-type-options'], 'nosniff');
    }
  });

  test('the host side: openExternal is left to the page, preferences are checked and kept', async () => {
    assert.deepEqual(
      JSON.parse((await post('/api/host/openExternal', { url: 'https://example.org/' })).body),
      {
        opened: false,
      },
    );
    assert.equal(
      (await post('/api/host/openExternal', { url: 'javascript:alert(1)' })).status,
      400,
    );
    const saved = await post('/api/host/setPreferences', { theme: 'dark' });
    assert.equal(JSON.parse(saved.body).theme, 'dark');
    assert.equal(JSON.parse((await post('/api/host/getPreferences', {})).body).theme, 'dark');
    assert.equal((await post('/api/host/setPreferences', { theme: 'neon' })).status, 400);
  });

  test('engine errors come back as 422 with the engine sentence', async () => {
    const reply = await post('/api/reader/addFeed', { url: `${feeds.origin}/missing.xml` });
    assert.equal(reply.status, 422);
    assert.match(JSON.parse(reply.body).error, /Could not reach .*404/);
  });

  test('events stream as Server-Sent Events to a token holder', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: preview.port, path: `/api/events?token=${preview.token}` },
        (res) => {
          assert.match(String(res.headers['content-type']), /text\/event-stream/);
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('event: feedsChanged')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', (error) =>
        error.message.includes('socket hang up') ? undefined : reject(error),
      );
      req.end();
      setTimeout(() => void post('/api/reader/addFeed', { url: feeds.url('/kerrie.xml') }), 100);
    });
    assert.match(await received, /event: feedsChanged\ndata: \{\}\n\n/);
    assert.equal((await call('GET', '/api/events')).status, 401);
  });

  test('tokens are compared whole: a prefix or an empty string does not match', () => {
    assert.equal(tokensMatch('abcdef', 'abcdef'), true);
    assert.equal(tokensMatch('abcdef', 'abc'), false);
    assert.equal(tokensMatch('abcdef', ''), false);
    assert.equal(tokensMatch('abcdef', null), false);
  });
});
