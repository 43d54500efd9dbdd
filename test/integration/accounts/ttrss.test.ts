// A Tiny Tiny RSS account against the real server (Debian's tt-rss under php -S, PostgreSQL):
// adding it, the first sync, marks both ways, subscribing through it, removing it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCategory,
  psql,
  ttrssOrSkip,
  serveFeed,
  rss,
  type TtrssServer,
} from '../../support/ttrss/ttrss.ts';
import { startServer } from '../../support/server.ts';
import { tempDir } from '../../support/fixtures.ts';
import { openReader } from '../../../electron/engine/reader.ts';
import { entryIdsByTitle, items, scenario, serverFeed } from './ttrssHelpers.ts';

let server: TtrssServer | null = null;
before(async () => {
  server = await ttrssOrSkip();
});
const skip = () => server === null;

test('first sync: categories as folders under the account, feeds, entries; a planet and its member are one entry', async (t) => {
  if (skip()) return t.skip('no Tiny Tiny RSS here');
  const s = await scenario(server!, async (other, user) => {
    const planetUrl = serveFeed(
      `${user.login}-planet.xml`,
      rss('Planet Test', [
        { id: 'planet-1', title: 'Kim: Hello from Kim', link: 'http://kim.example/hello' },
        { id: 'planet-2', title: 'Lee: Lee writes', link: 'http://lee.example/writes' },
        { id: 'planet-3', title: 'Max: Max too', link: 'http://max.example/too' },
      ]),
    );
    await other.subscribe(planetUrl, createCategory(user, 'Planets'));
    await serverFeed(other, user, 'kim', [
      { id: 'kim-hello', title: 'Hello from Kim', link: 'http://kim.example/hello' },
    ]);
  });
  try {
    const [result] = (await s.reader.syncAccounts({ accountId: s.accountId })).accounts;
    assert.equal(result!.error, null);
    assert.equal(result!.pulled.feeds, 2);
    const feeds = await s.reader.listFeeds({});
    const accountFeeds = feeds.filter((feed) => feed.account === s.accountId);
    assert.equal(accountFeeds.length, 2);
    const planet = accountFeeds.find((feed) => feed.title === 'Planet Test')!;
    assert.match(planet.folder!, /^TT-RSS u\w+ on 127\.0\.0\.1:\d+\/Planets$/);
    const kim = accountFeeds.find((feed) => feed.title === 'kim')!;
    assert.match(kim.folder!, /^TT-RSS u\w+ on 127\.0\.0\.1:\d+$/);
    const entries = (await s.reader.listEntries({ limit: 100 })).entries;
    assert.equal(entries.length, 3, 'four server articles, three posts');
    const hello = entries.find((entry) => entry.url === 'http://kim.example/hello')!;
    assert.deepEqual([...hello.feeds].sort(), [planet.id, kim.id].sort());
    assert.equal(hello.title, 'Hello from Kim');
    const accounts = await s.reader.listAccounts({});
    assert.equal(accounts.find((a) => a.id === s.accountId)!.lastSyncAt, result!.lastSyncAt);
  } finally {
    await s.dispose();
  }
});

test('marks both ways: read and star here reach the server; marks from another client come back', async (t) => {
  if (skip()) return t.skip('no Tiny Tiny RSS here');
  let feedId = 0;
  const s = await scenario(server!, async (other, user) => {
    feedId = await serverFeed(other, user, 'marks', items('m', 4));
  });
  try {
    await s.reader.syncAccounts({});
    const ids = await entryIdsByTitle(s.reader);
    await s.reader.setRead({ entryIds: [ids.get('m post 1')!, ids.get('m post 2')!], read: true });
    await s.reader.setStarred({ entryIds: [ids.get('m post 3')!], starred: true });
    const [pushed] = (await s.reader.syncAccounts({})).accounts;
    assert.equal(pushed!.pushed.marks, 3);
    const there = new Map((await s.other.headlines(feedId)).map((h) => [h.title, h]));
    assert.equal(there.get('m post 1')!.unread, false);
    assert.equal(there.get('m post 2')!.unread, false);
    assert.equal(there.get('m post 3')!.marked, true);
    assert.equal(there.get('m post 4')!.unread, true);

    // Another client: reads post 4, unreads post 1, stars post 2, unstars post 3.
    const remote = (title: string) => there.get(title)!.id;
    await s.other.call('updateArticle', {
      article_ids: String(remote('m post 4')),
      field: 2,
      mode: 0,
    });
    await s.other.call('updateArticle', {
      article_ids: String(remote('m post 1')),
      field: 2,
      mode: 1,
    });
    await s.other.call('updateArticle', {
      article_ids: String(remote('m post 2')),
      field: 0,
      mode: 1,
    });
    await s.other.call('updateArticle', {
      article_ids: String(remote('m post 3')),
      field: 0,
      mode: 0,
    });
    const [pulled] = (await s.reader.syncAccounts({})).accounts;
    assert.equal(pulled!.error, null);
    assert.equal(pulled!.pushed.marks, 0, 'applying the server marks queues nothing');
    const here = new Map(
      (await s.reader.listEntries({ limit: 10 })).entries.map((e) => [e.title, e]),
    );
    assert.equal(here.get('m post 4')!.read, true);
    assert.equal(here.get('m post 1')!.read, false);
    assert.equal(here.get('m post 2')!.starred, true);
    assert.equal(here.get('m post 3')!.starred, false);
    const account = (await s.reader.listAccounts({})).find((a) => a.id === s.accountId)!;
    assert.equal(account.pendingMarks, 0);
  } finally {
    await s.dispose();
  }
});

test('mark-all-read of a feed reaches the server', async (t) => {
  if (skip()) return t.skip('no Tiny Tiny RSS here');
  let feedId = 0;
  const s = await scenario(server!, async (other, user) => {
    feedId = await serverFeed(other, user, 'all', items('all', 30));
  });
  try {
    await s.reader.syncAccounts({});
    const local = (await s.reader.listFeeds({})).find((f) => f.account === s.accountId)!;
    const { changed } = await s.reader.markAllRead({ feedId: local.id });
    assert.equal(changed, 30);
    const [result] = (await s.reader.syncAccounts({})).accounts;
    assert.equal(result!.pushed.marks, 30);
    assert.ok((await s.other.headlines(feedId)).every((h) => !h.unread));
  } finally {
    await s.dispose();
  }
});

test('subscribing through the account: the server fetches the feed and its entries arrive', async (t) => {
  if (skip()) return t.skip('no Tiny Tiny RSS here');
  const s = await scenario(server!);
  try {
    const url = serveFeed(`${s.user.login}-new.xml`, rss('Fresh', items('fresh', 3)));
    const feed = await s.reader.addFeed({ url, account: s.accountId });
    assert.equal(feed.title, 'Fresh');
    const subscribed = psql(
      `SELECT count(*) FROM ttrss_feeds WHERE owner_uid = ${s.user.uid} AND feed_url = '${url}'`,
    );
    assert.equal(subscribed, '1');
    const page = await s.reader.listEntries({ feedId: feed.id });
    assert.equal(page.entries.length, 3);

    await assert.rejects(
      s.reader.updateFeed({ feedId: feed.id, title: 'Renamed' }),
      /API has no call to rename a feed or move it/,
    );
    const removal = await s.reader.removeFeed({ feedId: feed.id });
    assert.equal(removal.removed, true);
    assert.equal(removal.deletedPosts, 3);
    assert.equal(
      psql(`SELECT count(*) FROM ttrss_feeds WHERE owner_uid = ${s.user.uid}`),
      '0',
      'unsubscribed on the server',
    );
  } finally {
    await s.dispose();
  }
});

test('removing the account removes its feeds and entries; the local account is untouched', async (t) => {
  if (skip()) return t.skip('no Tiny Tiny RSS here');
  const local = await startServer({
    '/local.xml': (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss('Local feed', items('local', 2, 'http://local.example/'))),
  });
  const s = await scenario(server!, async (other, user) => {
    await serverFeed(other, user, 'gone', items('gone', 3));
  });
  try {
    await s.reader.addFeed({ url: local.url('/local.xml') });
    await s.reader.syncAccounts({});
    assert.equal((await s.reader.listEntries({})).total, 5);
    const ids = await entryIdsByTitle(s.reader);
    await s.reader.setStarred({ entryIds: [ids.get('gone post 1')!], starred: true });
    assert.deepEqual(await s.reader.removeAccount({ accountId: s.accountId }), { removed: true });
    const feeds = await s.reader.listFeeds({});
    assert.deepEqual(
      feeds.map((f) => f.title),
      ['Local feed'],
    );
    assert.equal((await s.reader.listEntries({})).total, 2);
    assert.deepEqual(await s.reader.listFolders({}), []);
    assert.deepEqual(
      (await s.reader.listAccounts({})).map((a) => a.kind),
      ['local'],
    );
    const counts = await s.reader.unreadCounts({});
    assert.equal(counts.allUnread, 2);
    assert.equal(counts.starred, 0);
  } finally {
    await s.dispose();
    await local.close();
  }
});

test('wrong password, API disabled, not a TT-RSS address, unreachable: one sentence each, nothing stored', async (t) => {
  if (skip()) return t.skip('no Tiny Tiny RSS here');
  const { createUser } = await import('../../support/ttrss/ttrss.ts');
  const data = tempDir();
  const html = await startServer({
    '/api/': (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hi</html>'),
  });
  const closed = await startServer();
  const closedUrl = closed.url('/api/');
  await closed.close();
  const reader = await openReader({ dataDir: data.path, firstRunFeeds: [], parseWorkerUrl: null });
  try {
    const user = createUser();
    await assert.rejects(
      reader.addAccount({
        kind: 'ttrss',
        url: server!.apiUrl,
        user: user.login,
        password: 'wrong',
      }),
      /^AccountError: The Tiny Tiny RSS server refused this user name and password\.$/,
    );
    const disabled = createUser('noapi', false);
    await assert.rejects(
      reader.addAccount({
        kind: 'ttrss',
        url: server!.apiUrl,
        user: disabled.login,
        password: disabled.password,
      }),
      /The API is disabled for this user on the Tiny Tiny RSS server/,
    );
    await assert.rejects(
      reader.addAccount({ kind: 'ttrss', url: html.url('/'), user: 'a', password: 'b' }),
      /is not a Tiny Tiny RSS API: it did not answer in JSON\./,
    );
    await assert.rejects(
      reader.addAccount({ kind: 'ttrss', url: closedUrl, user: 'a', password: 'b' }),
      /Orrery could not reach the Tiny Tiny RSS server at/,
    );
    assert.deepEqual(
      (await reader.listAccounts({})).map((a) => a.kind),
      ['local'],
    );
  } finally {
    await reader.close();
    await html.close();
    data.dispose();
  }
});
