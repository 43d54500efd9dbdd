// read/unread/star/unstar with a known and an unknown id exit 1 and change nothing (the issue-2
// rule "nothing half-done"); they used to mark the known one and exit 0.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { runOrrery } from '../../support/orreryCli.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

let server: TestServer;
let data: { path: string; dispose: () => void };

before(async () => {
  data = tempDir();
  server = await startServer({
    '/feed.xml': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
  });
});
after(async () => {
  await server.close();
  data.dispose();
});

interface Row {
  id: number;
  read: boolean;
  starred: boolean;
}

async function rows(): Promise<Row[]> {
  const run = await runOrrery(data.path, ['--json', 'entries']);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as Row[];
}

test('a mix of known and unknown ids exits 1, names the unknown one and changes nothing', async () => {
  assert.equal((await runOrrery(data.path, ['add', server.url('/feed.xml')])).code, 0);
  const [first, second] = (await rows()) as [Row, Row];
  assert.equal((await runOrrery(data.path, ['read', String(second.id)])).code, 0);
  assert.equal((await runOrrery(data.path, ['star', String(second.id)])).code, 0);
  const before = await rows();
  for (const verb of ['read', 'unread', 'star', 'unstar']) {
    for (const target of [first, second]) {
      const run = await runOrrery(data.path, [verb, String(target.id), '987654']);
      assert.equal(run.code, 1, `${verb} ${target.id}: ${run.stdout}`);
      assert.match(run.stderr, /no entry 987654; nothing was changed/);
      assert.equal(run.stdout, '');
    }
  }
  assert.deepEqual(await rows(), before);
});
