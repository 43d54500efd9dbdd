// Marks survive an unreachable server and a `kill -9` at any point of a sync: the outbox is in
// SQLite, written with the change, and a mark leaves it only after the server took it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { extraHttpServer, psql, ttrssOrSkip, type TtrssServer } from '../../support/ttrss/ttrss.ts';
import { entryIdsByTitle, items, openAgain, scenario, serverFeed } from './ttrssHelpers.ts';

const cli = new URL('../../../electron/cli/main.ts', import.meta.url).pathname;
let server: TtrssServer | null = null;
before(async () => {
  server = await ttrssOrSkip();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The server's own read/starred state of the user's articles, by title. */
function serverState(uid: number): Map<string, { read: boolean; starred: boolean }> {
  const rows = psql(
    `SELECT e.title, ue.unread, ue.marked FROM ttrss_user_entries ue JOIN ttrss_entries e ON e.id = ue.ref_id WHERE ue.owner_uid = ${uid}`,
  );
  return new Map(
    rows.split('\n').map((line) => {
      const [title, unread, marked] = line.split('|');
      return [title!, { read: unread === 'f', starred: marked === 't' }];
    }),
  );
}

test('offline: marks made while the server is down are kept and pushed when it is back', async (t) => {
  if (!server) return t.skip('no Tiny Tiny RSS here');
  const extra = extraHttpServer(await freePort());
  await extra.start();
  let feedId = 0;
  const s = await scenario(
    server,
    async (other, user) => {
      feedId = await serverFeed(other, user, 'offline', items('o', 3));
    },
    extra.url,
  );
  try {
    await s.reader.syncAccounts({});
    const ids = await entryIdsByTitle(s.reader);
    extra.stop();
    await s.reader.setRead({ entryIds: [ids.get('o post 1')!], read: true });
    await s.reader.setStarred({ entryIds: [ids.get('o post 2')!], starred: true });
    const [down] = (await s.reader.syncAccounts({})).accounts;
    assert.match(down!.error!, /^Orrery could not reach the Tiny Tiny RSS server at /);
    let account = (await s.reader.listAccounts({})).find((a) => a.id === s.accountId)!;
    assert.equal(account.pendingMarks, 2);
    assert.equal(account.error, down!.error);
    // The queue is on disk: a restart of Orrery keeps it.
    await s.reader.close();
    const reader = await openAgain(s.dataDir);
    try {
      await extra.start();
      const [up] = (await reader.syncAccounts({})).accounts;
      assert.equal(up!.error, null);
      assert.equal(up!.pushed.marks, 2);
      account = (await reader.listAccounts({})).find((a) => a.id === s.accountId)!;
      assert.equal(account.pendingMarks, 0);
      assert.equal(account.error, null);
      const there = new Map((await s.other.headlines(feedId)).map((h) => [h.title, h]));
      assert.equal(there.get('o post 1')!.unread, false);
      assert.equal(there.get('o post 2')!.marked, true);
    } finally {
      await reader.close();
    }
  } finally {
    extra.stop();
    await s.dispose().catch(() => {});
  }
});

test('kill -9 during syncs: no mark lost, none pushed with another meaning', async (t) => {
  if (!server) return t.skip('no Tiny Tiny RSS here');
  const s = await scenario(server, async (other, user) => {
    await serverFeed(other, user, 'kill', items('k', 300));
  });
  const uid = s.user.uid;
  const dataDir = s.dataDir;
  await s.reader.syncAccounts({});
  await s.reader.close();
  const runSync = (killAfterMs: number | null) =>
    new Promise<number | string | null>((resolve) => {
      const child = spawn(process.execPath, [cli, '--data-dir', dataDir, '--json', 'sync'], {
        stdio: 'ignore',
      });
      const timer =
        killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      child.on('exit', (code, signal) => {
        if (timer) clearTimeout(timer);
        resolve(code ?? signal);
      });
    });
  try {
    const delays = [250, 450, 650, 850, 1100, 1400];
    let killed = 0;
    for (const [round, delay] of delays.entries()) {
      const reader = await openAgain(dataDir);
      const ids = await entryIdsByTitle(reader);
      const pick = (every: number) =>
        [...ids.entries()]
          .filter(([title]) => Number(title.split(' ').pop()) % every === round % every)
          .map(([, id]) => id);
      await reader.setRead({ entryIds: pick(2), read: round % 3 !== 2 });
      await reader.setStarred({ entryIds: pick(3), starred: round % 2 === 0 });
      await reader.close();
      if ((await runSync(delay)) === 'SIGKILL') killed++;
    }
    assert.ok(killed >= 2, `at least two syncs were cut short (${killed})`);
    assert.equal(await runSync(null), 0);
    const reader = await openAgain(dataDir);
    try {
      const account = (await reader.listAccounts({})).find((a) => a.kind === 'ttrss')!;
      assert.equal(account.pendingMarks, 0);
      const here = (await reader.listEntries({ limit: 1000 })).entries;
      assert.equal(here.length, 300);
      const there = serverState(uid);
      for (const entry of here) {
        assert.deepEqual(
          there.get(entry.title),
          { read: entry.read, starred: entry.starred },
          entry.title,
        );
      }
    } finally {
      await reader.close();
    }
  } finally {
    await s.dispose().catch(() => {});
  }
});

test('CLI: account add (stdin or --password-file), accounts, sync, feeds --json, read, account remove', async (t) => {
  if (!server) return t.skip('no Tiny Tiny RSS here');
  const { createUser, ApiSession } = await import('../../support/ttrss/ttrss.ts');
  const { tempDir } = await import('../../support/fixtures.ts');
  const { writeFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const user = createUser();
  const other = new ApiSession(server.apiUrl);
  await other.login(user);
  const feedId = await serverFeed(other, user, 'cli', items('c', 2));
  const data = tempDir();
  const orrery = (args: string[], stdin = '') =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [cli, '--data-dir', data.path, ...args],
        { timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin!.end(stdin);
    });
  try {
    const wrong = await orrery(
      ['account', 'add', 'ttrss', server.apiUrl, '--user', user.login],
      'nope\n',
    );
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /refused this user name and password/);
    const added = await orrery(
      ['--json', 'account', 'add', 'ttrss', server.apiUrl, '--user', user.login],
      `${user.password}\n`,
    );
    assert.equal(added.code, 0, added.stderr);
    const account = JSON.parse(added.stdout);
    assert.deepEqual(account, { id: 2, kind: 'ttrss', url: server.apiUrl, user: user.login });
    assert.equal(statSync(join(data.path, 'account-passwords.json')).mode & 0o777, 0o600);
    const text = await orrery(['accounts']);
    assert.match(text.stdout, /TT-RSS u\w+ on 127\.0\.0\.1/);

    const sync = await orrery(['--json', 'sync', '2']);
    assert.equal(sync.code, 0, sync.stderr);
    const report = JSON.parse(sync.stdout);
    assert.equal(report.accounts[0].pulled.entries, 2);
    const feeds = JSON.parse((await orrery(['--json', 'feeds'])).stdout);
    assert.deepEqual(
      feeds.map((f: { account: number }) => f.account),
      [2],
    );
    const entries = JSON.parse((await orrery(['--json', 'entries'])).stdout);
    assert.equal((await orrery(['read', String(entries[0].id)])).code, 0);
    const pushed = JSON.parse((await orrery(['--json', 'sync'])).stdout);
    assert.equal(pushed.accounts[0].pushed.marks, 1);
    assert.equal(
      (await other.headlines(feedId)).find((h) => h.title === entries[0].title)!.unread,
      false,
    );
    const list = JSON.parse((await orrery(['--json', 'accounts'])).stdout);
    assert.deepEqual(Object.keys(list[1]), ['id', 'kind', 'url', 'user', 'lastSyncAt', 'error']);
    assert.equal(list[1].error, null);

    assert.equal((await orrery(['account', 'remove', '2'])).code, 0);
    assert.deepEqual(JSON.parse((await orrery(['--json', 'feeds'])).stdout), []);
    const file = join(data.path, 'pw.txt');
    writeFileSync(file, `${user.password}\n`);
    const again = await orrery([
      '--json',
      'account',
      'add',
      'ttrss',
      server.apiUrl,
      '--user',
      user.login,
      '--password-file',
      file,
    ]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(
      (await orrery(['account', 'add', 'ttrss', server.apiUrl])).code,
      2,
      'no --user: usage',
    );
  } finally {
    data.dispose();
  }
});
