// The IPC handler table, driven with the engine's real Reader (a temp data directory, a fixture
// feed on a loopback server) and reached through the same client the preload exposes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  defaultPreferences,
  eventChannel,
  hostChannel,
  hostMethodNames,
  readerChannel,
  readerMethodNames,
  type OrreryClient,
  type Preferences,
  type ReaderEvents,
} from '../../../shared/api.ts';
import { openReader, type Reader } from '../../../electron/engine/reader.ts';
import { createClient } from '../../../shared/client.ts';
import { createHostApi } from '../../../electron/shell/host.ts';
import {
  createIpcHandlers,
  forwardReaderEvents,
  trustedSender,
  type IpcHandler,
  type InvokeEventLike,
  type SenderFrameLike,
} from '../../../electron/shell/ipc.ts';
import { fixtureText, tempDir } from '../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

// Electron's frames, as far as the sender check looks at them: identity and URL.
const mainFrame: SenderFrameLike = { url: 'orrery://app/index.html' };
const articleFrame: SenderFrameLike = { url: 'about:srcdoc' };
const fromWindow: InvokeEventLike = { senderFrame: mainFrame };

let server: TestServer;
let dataDir: ReturnType<typeof tempDir>;
let reader: Reader;
let handlers: Map<string, IpcHandler>;
let client: OrreryClient;
let stored: Preferences = defaultPreferences;
const opened: string[] = [];
const pushed: { channel: string; payload: unknown }[] = [];
let stopForwarding: () => void;

before(async () => {
  server = await startServer({
    '/lwn.rdf': serve(fixtureText('corpus/feeds/lwn-rss10-rdf.xml'), {
      'content-type': 'application/rdf+xml',
    }),
  });
  dataDir = tempDir('orrery-ipc-');
  reader = await openReader({ dataDir: dataDir.path, firstRunFeeds: [] });
  const host = createHostApi({
    loadPreferences: () => stored,
    savePreferences: (next) => {
      stored = next;
    },
    openUrl: async (url) => void opened.push(url),
  });
  handlers = createIpcHandlers(
    reader,
    host,
    trustedSender(() => mainFrame),
  );
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  stopForwarding = forwardReaderEvents(reader, (channel, payload) => {
    pushed.push({ channel, payload });
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  });
  client = createClient({
    invoke: (channel, arg) => {
      const handler = handlers.get(channel);
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
      return handler(fromWindow, arg);
    },
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  });
});

after(async () => {
  stopForwarding();
  await reader.close();
  await server.close();
  dataDir.dispose();
});

test('every reader and host method has exactly one handler, and nothing else does', () => {
  const expected = [...readerMethodNames.map(readerChannel), ...hostMethodNames.map(hostChannel)];
  assert.equal(new Set(expected).size, expected.length);
  assert.deepEqual([...handlers.keys()].sort(), expected.sort());
});

test('the preload client has every method, and each reaches its handler', async () => {
  for (const name of [...readerMethodNames, ...hostMethodNames]) {
    assert.equal(typeof client[name], 'function', name);
  }
  assert.deepEqual(await client.listFeeds({}), []);
  assert.deepEqual(await client.unreadCounts({}), { feeds: {}, allUnread: 0, starred: 0 });
});

test('subscribe, refresh, read and star through IPC, with engine events pushed to the window', async () => {
  const added: ReaderEvents['entriesAdded'][] = [];
  const counts: ReaderEvents['countsChanged'][] = [];
  const stopAdded = client.on('entriesAdded', (payload) => added.push(payload));
  const stopCounts = client.on('countsChanged', (payload) => counts.push(payload));

  const feed = await client.addFeed({ url: server.url('/lwn.rdf') });
  await client.refresh({ feedIds: [feed.id] });
  const page = await client.listEntries({ feedId: feed.id, limit: 5 });
  assert.ok(page.total > 0);
  const [first] = page.entries;
  assert.ok(first);

  // New posts arrive as list rows: no content crosses with them.
  assert.ok(added.length > 0);
  const pushedRow = added.flatMap((batch) => batch.entries)[0];
  assert.ok(pushedRow && !('contentHtml' in pushedRow));
  assert.equal(added[0]?.firstFetch, true);

  const detail = await client.getEntry({ entryId: first.id });
  assert.equal(detail?.id, first.id);
  assert.equal((await client.setRead({ entryIds: [first.id], read: true })).changed, 1);
  assert.equal((await client.setStarred({ entryIds: [first.id], starred: true })).changed, 1);
  const now = await client.unreadCounts({});
  assert.equal(now.allUnread, page.total - 1);
  assert.equal(now.starred, 1);
  assert.ok(counts.length > 0, 'countsChanged was pushed');
  assert.ok(pushed.some((event) => event.channel === eventChannel('refreshProgress')));

  stopAdded();
  stopCounts();
  const before = added.length;
  await client.refresh({ feedIds: [feed.id] });
  assert.equal(added.length, before, 'an unsubscribed listener hears nothing more');
});

test('bad arguments are rejected with a sentence naming the method, before the engine sees them', async () => {
  const feeds = await client.listFeeds({});
  const cases: [string, unknown][] = [
    [readerChannel('listEntries'), { limit: -1 }],
    [readerChannel('listEntries'), { feedId: 1, sql: 'DROP TABLE entries' }],
    [readerChannel('getEntry'), { entryId: '1' }],
    [readerChannel('getEntry'), null],
    [readerChannel('setRead'), { entryIds: [1], read: 'yes' }],
    [readerChannel('removeFeed'), { feedId: 0 }],
    [readerChannel('removeFeed'), 'all'],
    [readerChannel('addFeed'), { url: '' }],
    [readerChannel('listFeeds'), { extra: true }],
    [hostChannel('setPreferences'), { pollIntervalMinutes: 1 }],
    [hostChannel('setPreferences'), { theme: 'neon' }],
  ];
  for (const [channel, arg] of cases) {
    const handler = handlers.get(channel);
    assert.ok(handler);
    await assert.rejects(handler(fromWindow, arg), (error: Error) => {
      assert.equal(error.name, 'InvalidArgumentsError', channel);
      assert.match(error.message, new RegExp(`^${channel}: invalid arguments: `));
      return true;
    });
  }
  assert.deepEqual(await client.listFeeds({}), feeds, 'nothing was removed or added');
  assert.deepEqual(stored, defaultPreferences, 'no preference was written');
});

test('calls from any frame but the window main frame showing our page are refused', async () => {
  const listFeeds = handlers.get(readerChannel('listFeeds'));
  const removeFeed = handlers.get(readerChannel('removeFeed'));
  assert.ok(listFeeds && removeFeed);
  const [feed] = await client.listFeeds({});
  assert.ok(feed);
  const foreign: InvokeEventLike[] = [
    { senderFrame: articleFrame },
    { senderFrame: null },
    // Same URL, but another frame object (another window or a subframe).
    { senderFrame: { url: 'orrery://app/index.html' } },
  ];
  for (const event of foreign) {
    await assert.rejects(listFeeds(event, {}), { name: 'ForeignSenderError' });
    await assert.rejects(removeFeed(event, { feedId: feed.id }), { name: 'ForeignSenderError' });
  }
  // Our main frame after it was navigated elsewhere.
  const navigated: SenderFrameLike = { url: 'https://evil.example/' };
  const afterNavigation = createIpcHandlers(
    reader,
    createHostApi({
      loadPreferences: () => stored,
      savePreferences: () => assert.fail('must not be reached'),
      openUrl: async () => assert.fail('must not be reached'),
    }),
    trustedSender(() => navigated),
  );
  await assert.rejects(
    afterNavigation.get(readerChannel('listFeeds'))!({ senderFrame: navigated }, {}),
    {
      name: 'ForeignSenderError',
    },
  );
  assert.equal((await client.listFeeds({})).length, 1, 'the feed is still there');
});

test('openExternal passes web and mail links to the system and refuses other schemes', async () => {
  assert.deepEqual(await client.openExternal({ url: 'https://lwn.net/Articles/1/' }), {
    opened: true,
  });
  assert.deepEqual(await client.openExternal({ url: 'mailto:editor@lwn.net' }), { opened: true });
  for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share']) {
    await assert.rejects(client.openExternal({ url }), { name: 'InvalidArgumentsError' });
  }
  assert.deepEqual(opened, ['https://lwn.net/Articles/1/', 'mailto:editor@lwn.net']);
});

test('preferences are read and updated through the host', async () => {
  assert.deepEqual(await client.getPreferences({}), defaultPreferences);
  const next = await client.setPreferences({ theme: 'dark', paneWidths: [300, 480] });
  assert.equal(next.theme, 'dark');
  assert.deepEqual(stored.paneWidths, [300, 480]);
  assert.deepEqual(await client.getPreferences({}), next);
});

test('the client subscribes only to engine events', () => {
  assert.throws(() => client.on('ipc:secret' as 'countsChanged', () => undefined), TypeError);
});
