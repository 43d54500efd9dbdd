// Mark-all-read of a feed in an account goes to the server as one catchupFeed call, not one mark
// per article, and only when that says no more than Orrery's own mark-all-read did: an article
// the server has and Orrery has not seen stays unread there. Calls are seen by a recording proxy
// in front of the real server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { recordingProxy, type RecordingProxy } from '../../support/ttrss/recordingProxy.ts';
import { rss, serveFeed, ttrssOrSkip, type TtrssServer } from '../../support/ttrss/ttrss.ts';
import { items, scenario, serverFeed } from './ttrssHelpers.ts';

let server: TtrssServer | null = null;
let proxy: RecordingProxy;
before(async () => {
  server = await ttrssOrSkip();
  if (server) proxy = await recordingProxy(server.apiUrl);
});
after(async () => {
  await proxy?.close();
});

const readMarks = () =>
  proxy.calls.filter((call) => call.op === 'updateArticle' && Number(call.params.field) === 2);
const catchups = () => proxy.calls.filter((call) => call.op === 'catchupFeed');

test('mark-all-read of a feed: one catchupFeed call, no per-article marks', async (t) => {
  if (!server) return t.skip('no Tiny Tiny RSS here');
  let feedId = 0;
  const s = await scenario(
    server,
    async (other, user) => {
      feedId = await serverFeed(other, user, 'caught', items('caught', 40));
    },
    proxy.url,
  );
  try {
    await s.reader.syncAccounts({});
    const local = (await s.reader.listFeeds({})).find((f) => f.account === s.accountId)!;
    assert.equal((await s.reader.markAllRead({ feedId: local.id })).changed, 40);
    proxy.calls.length = 0;
    const [result] = (await s.reader.syncAccounts({})).accounts;
    assert.equal(result!.error, null);
    assert.equal(result!.pushed.marks, 40);
    assert.deepEqual(
      catchups().map((call) => Number(call.params.feed_id)),
      [feedId],
    );
    assert.deepEqual(readMarks(), [], 'no article marked one by one');
    assert.ok(
      (await s.other.headlines(feedId)).every((h) => !h.unread),
      'all read there',
    );
  } finally {
    await s.dispose();
  }
});

test('bounded: an article Orrery has not seen keeps the marks per article', async (t) => {
  if (!server) return t.skip('no Tiny Tiny RSS here');
  let feedId = 0;
  let name = '';
  const s = await scenario(
    server,
    async (other, user) => {
      name = `${user.login}-bounded.xml`;
      feedId = await other.subscribe(serveFeed(name, rss('bounded', items('bounded', 30))));
    },
    proxy.url,
  );
  try {
    await s.reader.syncAccounts({});
    const local = (await s.reader.listFeeds({})).find((f) => f.account === s.accountId)!;
    // The server fetches one more article; Orrery has not synced it when the feed is marked.
    serveFeed(name, rss('bounded', items('bounded', 31)));
    await s.other.call('updateFeed', { feed_id: feedId });
    assert.equal((await s.reader.markAllRead({ feedId: local.id })).changed, 30);
    proxy.calls.length = 0;
    const [result] = (await s.reader.syncAccounts({})).accounts;
    assert.equal(result!.error, null);
    assert.deepEqual(catchups(), [], 'catchupFeed would have read the new article too');
    const marked = readMarks().flatMap((call) => String(call.params.article_ids).split(','));
    assert.equal(marked.length, 30);
    const there = await s.other.headlines(feedId);
    assert.deepEqual(
      there.filter((h) => h.unread).map((h) => h.title),
      ['bounded post 31'],
    );
  } finally {
    await s.dispose();
  }
});
