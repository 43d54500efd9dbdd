// Feed-derived text printed by the CLI cannot drive the terminal: escape sequences in a feed's
// title, an entry's title, author or content are shown as visible characters. --json is unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tempDir } from '../../support/fixtures.ts';
import { runOrrery } from '../../support/orreryCli.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

const esc = '\u001b';
const hostileFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: `Feed ${esc}]0;retitled\u0007 ${esc}[2J`,
  home_page_url: 'http://127.0.0.1/',
  items: [
    {
      id: 'hostile-1',
      url: 'http://127.0.0.1/post/1',
      title: `Post ${esc}]52;c;cm0gLXJmIH4=\u0007 \u202eevil`,
      authors: [{ name: `Author ${esc}]8;;http://evil.example/${esc}\\x${esc}]8;;${esc}\\` }],
      content_html: `<p>Body ${esc}[31mred\u009b2J ${esc}]0;again\u0007</p>`,
      date_published: '2026-11-01T10:00:00Z',
    },
  ],
});
/** Everything terminalSafe shows instead of passing through. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let server: TestServer;
let data: { path: string; dispose: () => void };

before(async () => {
  data = tempDir();
  server = await startServer({
    '/hostile.json': serve(hostileFeed, { 'content-type': 'application/feed+json' }),
  });
});
after(async () => {
  await server.close();
  data.dispose();
});

test('add, feeds, refresh, entries and show print no control character', async () => {
  const runs = [
    await runOrrery(data.path, ['add', server.url('/hostile.json')]),
    await runOrrery(data.path, ['feeds']),
    await runOrrery(data.path, ['refresh']),
    await runOrrery(data.path, ['entries']),
  ];
  const id = /^\s*(\d+)/.exec(runs[3]!.stdout)?.[1];
  assert.ok(id, runs[3]!.stdout);
  runs.push(await runOrrery(data.path, ['show', id]));
  for (const run of runs) {
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout + run.stderr, controls, run.stdout);
  }
  assert.match(runs[4]!.stdout, /Body ␛\[31mred<U\+009B>2J ␛\]0;again␇/);
});

test('--json prints the stored text as it is (JSON escapes it)', async () => {
  const run = await runOrrery(data.path, ['--json', 'show', '1']);
  assert.equal(run.code, 0, run.stderr);
  assert.ok((JSON.parse(run.stdout) as { contentHtml: string }).contentHtml.includes(`${esc}[31m`));
});
