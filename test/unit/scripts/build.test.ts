// The Electron half of the build, into a temp directory: main as ESM with 'electron' left to the
// runtime, preload as one CommonJS file that requires nothing but 'electron'.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { buildElectron } from '../../../scripts/build.ts';
import { tempDir } from '../../support/fixtures.ts';

let out: ReturnType<typeof tempDir>;
before(async () => {
  out = tempDir('orrery-build-');
  await buildElectron(out.path);
});
after(() => out.dispose());

test('main is an ES module that imports electron from the runtime', () => {
  const main = readFileSync(join(out.path, 'main.js'), 'utf8');
  assert.match(main, /^import \{[^}]*\bapp\b[^}]*\} from "electron";$/m);
  assert.ok(!/\brequire\(/.test(main), 'no CommonJS require in the ESM main');
  assert.match(main, /registerSchemesAsPrivileged/);
});

test('preload is one CommonJS file whose only require is electron', () => {
  const preload = readFileSync(join(out.path, 'preload.cjs'), 'utf8');
  const requires = [...preload.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]);
  assert.deepEqual([...new Set(requires)], ['electron']);
  assert.ok(!/^import /m.test(preload) && !preload.includes('import.meta'));
  assert.match(preload, /exposeInMainWorld\("orrery"/);
});

test('preload stays small: the shared client factory brings no zod', () => {
  const preload = readFileSync(join(out.path, 'preload.cjs'), 'utf8');
  // Parsed on every window load; 926 bytes before the client factory moved to shared/.
  assert.ok(preload.length < 2048, `preload.cjs is ${preload.length} bytes`);
  assert.ok(!/zod|ZodError|safeParse/.test(preload), 'no zod in the preload');
});

test('the tray icons are copied next to main', () => {
  for (const icon of ['tray.png', 'trayTemplate.png', 'trayTemplate@2x.png']) {
    assert.ok(existsSync(join(out.path, 'assets', icon)), icon);
  }
});

test('the bundled parse worker beside main parses a feed on its own thread', async () => {
  const { createParseWorkerPool } =
    await import('../../../electron/engine/poll/parseWorkerPool.ts');
  const { fixtureBytes } = await import('../../support/fixtures.ts');
  const pool = createParseWorkerPool({
    workerUrl: pathToFileURL(join(out.path, 'parseWorker.js')),
  });
  try {
    const result = await pool.parse({
      url: 'https://kerriewalsh.example.net/feed/',
      bytes: fixtureBytes('corpus/feeds/wordpress-rss2.xml'),
      contentType: 'application/rss+xml',
    });
    assert.equal(result.kind, 'feed');
    assert.ok(result.kind === 'feed' && result.feed.entries.length > 0);
  } finally {
    await pool.close();
  }
});

test('the bundled parse worker extracts full articles, with its libraries as dependencies', async () => {
  const worker = readFileSync(join(out.path, 'parseWorker.js'), 'utf8');
  const imported = [...worker.matchAll(/\bimport\(?\s*"([^".][^"]*)"/g)].map((m) => m[1]!);
  const packages = new Set(imported.filter((name) => !name.startsWith('node:')));
  assert.ok(packages.has('linkedom') && packages.has('@mozilla/readability'), [...packages].join());
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8'));
  // electron-builder packs production dependencies only: the worker's imports must be there.
  for (const name of packages) assert.ok(pkg.dependencies[name], `${name} is a dependency`);

  const { createParseWorkerPool } =
    await import('../../../electron/engine/poll/parseWorkerPool.ts');
  const { fixtureBytes } = await import('../../support/fixtures.ts');
  const pool = createParseWorkerPool({
    workerUrl: pathToFileURL(join(out.path, 'parseWorker.js')),
  });
  try {
    const result = await pool.extractArticle({
      url: 'https://declan.example.org/posts/rust-timings/',
      bytes: fixtureBytes('pages/hugo.html'),
      contentType: 'text/html; charset=utf-8',
    });
    assert.equal(result.kind, 'article');
    assert.match(result.kind === 'article' ? result.html : '', /critical path/);
  } finally {
    await pool.close();
  }
});
