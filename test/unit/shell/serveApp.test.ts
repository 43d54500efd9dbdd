import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { appEntryUrl, isAppUrl, resolveAppAsset } from '../../../electron/shell/appProtocol.ts';
import { contentSecurityPolicy } from '../../../electron/shell/csp.ts';
import { createAppRequestHandler } from '../../../electron/shell/serveApp.ts';

let root: string;
let outside: string;
let serve: (request: Request) => Promise<Response>;

before(async () => {
  const base = await mkdtemp(join(tmpdir(), 'orrery-serve-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>',
  );
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'not for the page');
  serve = createAppRequestHandler(root);
});
after(async () => rm(join(root, '..'), { recursive: true, force: true }));

test('the entry page is served with the CSP header and meta tag', async () => {
  const response = await serve(new Request(appEntryUrl));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  const html = await response.text();
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));
});

test('scripts are served with a JavaScript type (module scripts need one)', async () => {
  const response = await serve(new Request('orrery://app/assets/app.js'));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(await response.text(), 'console.log(1)');
});

test('encoded dot segments and separators are refused outright', () => {
  assert.equal(resolveAppAsset('orrery://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt', root), null);
  assert.equal(resolveAppAsset('orrery://app/..%5csecret.txt', root), null);
  assert.equal(resolveAppAsset('orrery://app/%00index.html', root), null);
});

test('the root path serves index.html', () => {
  assert.equal(resolveAppAsset('orrery://app/', root), join(root, 'index.html'));
});

test('requests that try to leave the renderer directory are refused', async () => {
  for (const url of [
    'orrery://app/../secret.txt',
    'orrery://app/%2e%2e/secret.txt',
    'orrery://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'orrery://app/..%5csecret.txt',
    'orrery://app/%00index.html',
    'orrery://app/%E0%A4%A',
  ]) {
    // Either refused, or (for a plain ../, which URL parsing already folds away) inside the root.
    const resolved = resolveAppAsset(url, root);
    assert.ok(resolved === null || resolved.startsWith(root + sep), url);
    const response = await serve(new Request(url));
    assert.equal(response.status, 404, url);
    assert.notEqual(await response.text(), 'not for the page');
  }
});

test('other hosts and schemes are not ours', async () => {
  assert.equal(resolveAppAsset('orrery://evil/index.html', root), null);
  assert.equal(resolveAppAsset('https://app/index.html', root), null);
  assert.equal(isAppUrl('orrery://app/index.html'), true);
  assert.equal(isAppUrl('orrery://app.evil/index.html'), false);
  assert.equal(isAppUrl('file:///index.html'), false);
  assert.equal((await serve(new Request('orrery://evil/index.html'))).status, 404);
});

test('missing files are 404 and only GET and HEAD are answered', async () => {
  assert.equal((await serve(new Request('orrery://app/nope.js'))).status, 404);
  assert.equal((await serve(new Request(appEntryUrl, { method: 'POST', body: 'x' }))).status, 405);
  const head = await serve(new Request(appEntryUrl, { method: 'HEAD' }));
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});
