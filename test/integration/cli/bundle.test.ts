// The bundled CLI, as `npm ci` builds it (the prepare script) and bin/orrery.js runs it: one
// process refreshing loopback feeds on the bundled parse worker beside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { buildCli, projectRoot } from '../../../scripts/build.ts';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

let out: string;
let server: TestServer;
let data: { path: string; dispose: () => void };

before(async () => {
  // Inside the project, as dist/cli is: the bundle finds its npm packages in node_modules and
  // package.json two levels up.
  mkdirSync(join(projectRoot, 'dist'), { recursive: true });
  out = mkdtempSync(join(projectRoot, 'dist', 'test-cli-'));
  await buildCli(out);
  data = tempDir();
  server = await startServer({
    '/kerrie/feed/': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
  });
});
after(async () => {
  await server.close();
  data.dispose();
  rmSync(out, { recursive: true, force: true });
});

function bundled(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return bundledWith({}, ...args);
}

function bundledWith(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(out, 'orrery.js'), '--data-dir', data.path, ...args],
      { timeout: 60_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('the bundle names its parse worker, built beside it', () => {
  assert.ok(existsSync(join(out, 'parseWorker.js')));
  const code = readdirSync(out)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(out, file), 'utf8'))
    .join('\n');
  assert.match(code, /new URL\("\.\/parseWorker\.js", import\.meta\.url\)/);
});

function bundleCode(): string {
  return readdirSync(out)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(out, file), 'utf8'))
    .join('\n');
}

test('the bundle is ASCII and imports no npm package or built-in as an ES module', () => {
  const code = bundleCode();
  // One character above Latin-1 and V8 keeps a chunk's whole source at two bytes a character.
  assert.equal(/[^\t-~]/.exec(code)?.[0], undefined);
  // Packages are in the bundle; built-ins come from process.getBuiltinModule (builtinImports.ts).
  assert.deepEqual(code.match(/^import\s[^;]*?from\s*"(?!\.\/)[^"]*";/gm) ?? [], []);
});

test('printing its version does not load Node’s fetch (undici)', async () => {
  const dir = tempDir();
  try {
    const probe = join(dir.path, 'probe.cjs');
    writeFileSync(
      probe,
      `process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(process.moduleLoadList) + '\\n'));`,
    );
    const version = await bundledWith({ NODE_OPTIONS: `--require=${probe}` }, '--version');
    assert.equal(version.code, 0, version.stderr);
    const loaded = JSON.parse(/LOADED (.*)/.exec(version.stderr)![1]!) as string[];
    assert.deepEqual(
      loaded.filter((name) => /undici|fetch/.test(name)),
      [],
    );
  } finally {
    dir.dispose();
  }
});

test('the bundled CLI prints its version and refreshes a feed into the database', async () => {
  const version = await bundled('--version');
  assert.equal(version.code, 0, version.stderr);
  assert.match(version.stdout, /^orrery \d+\.\d+\.\d+\n$/);

  const added = await bundled('--json', 'add', server.url('/kerrie/feed/'));
  assert.equal(added.code, 0, added.stderr);
  const refreshed = await bundled('--json', 'refresh');
  assert.equal(refreshed.code, 0, refreshed.stderr);
  const { feeds } = JSON.parse(refreshed.stdout) as { feeds: { status: string }[] };
  assert.deepEqual(
    feeds.map((feed) => feed.status),
    ['ok'],
  );
  const entries = await bundled('--json', 'entries');
  assert.equal(entries.code, 0, entries.stderr);
  assert.ok((JSON.parse(entries.stdout) as unknown[]).length > 0, 'the feed’s posts are stored');
});
