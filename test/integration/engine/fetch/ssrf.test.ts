// The SSRF guard on real sockets, loopback only: 127.0.0.2 plays a public server (an injected
// classifier says so) and 127.0.0.1 the private network behind it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';
import { createAddressGuard } from '../../../../electron/engine/fetch/addressGuard.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

const feed = fixtureBytes('corpus/feeds/hugo-rss.xml');
let publicServer: TestServer;
let privateServer: TestServer;

before(async () => {
  privateServer = await startServer({ '/secret': serve('<rss>internal</rss>') });
  const port = Number(new URL(privateServer.origin).port);
  // Same port on both addresses, so one name can point at either (the rebinding test).
  publicServer = await startServer({ '/feed': serve(feed) }, '127.0.0.2', port);
});
after(async () => {
  await publicServer.close();
  await privateServer.close();
});

const isPublic = (ip: string): boolean => ip === '127.0.0.2' || ip === '::ffff:127.0.0.2';
const names = (table: Record<string, string[]>) => {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    return (table[hostname] ?? []).map((address) => ({ address, family: 4 }));
  };
  return { calls, resolve };
};

function privateRequests(): number {
  return privateServer.requests.length;
}

test('an address the user typed may be private; one from a feed or page may not', async () => {
  const guard = createAddressGuard({ isPublic });
  const typed = await conditionalGet(
    { url: privateServer.url('/secret'), userGiven: true },
    { addressGuard: guard },
  );
  assert.equal(typed.kind, 'ok');
  const before = privateRequests();
  const found = await conditionalGet(
    { url: privateServer.url('/secret') },
    { addressGuard: guard },
  );
  assert.equal(found.kind, 'network-error');
  assert.equal(found.kind === 'network-error' && found.code, 'non-public');
  assert.match(
    found.kind === 'network-error' ? found.message : '',
    /127\.0\.0\.1 is on this computer or a private network.*not from you/,
  );
  assert.equal(privateRequests(), before, 'no request reached the private server');
});

test('a redirect from a public address to a private one is refused with a sentence, typed or not', async () => {
  const guard = createAddressGuard({ isPublic });
  for (const status of [301, 302, 307, 308]) {
    publicServer.route('/moved', (_req, res) =>
      res.writeHead(status, { location: privateServer.url('/secret') }).end(),
    );
    const before = privateRequests();
    for (const userGiven of [true, false]) {
      const outcome = await conditionalGet(
        { url: publicServer.url('/moved'), userGiven },
        { addressGuard: guard },
      );
      assert.equal(outcome.kind, 'network-error', `${status}`);
      assert.equal(outcome.kind === 'network-error' && outcome.code, 'non-public');
      assert.match(
        outcome.kind === 'network-error' ? outcome.message : '',
        /^Refused to follow a redirect: 127\.0\.0\.1 is on this computer or a private network/,
      );
      assert.equal(outcome.reachedPublic, true);
    }
    assert.equal(privateRequests(), before, `${status}: nothing reached the private server`);
  }
});

test('a name that resolves to a private address is refused at connect, after one lookup', async () => {
  const port = new URL(privateServer.origin).port;
  const { resolve, calls } = names({ 'intranet.test': ['127.0.0.1'] });
  const guard = createAddressGuard({ isPublic, resolve });
  const before = privateRequests();
  const outcome = await conditionalGet(
    { url: `http://intranet.test:${port}/secret` },
    { addressGuard: guard },
  );
  assert.equal(outcome.kind === 'network-error' && outcome.code, 'non-public');
  assert.deepEqual(calls, ['intranet.test']);
  assert.equal(privateRequests(), before);
});

test('DNS rebinding: the connection goes to the address that was checked, never a second answer', async () => {
  const port = new URL(privateServer.origin).port;
  // Public on the first answer, private on every later one: a check-then-connect-by-name would
  // resolve again and reach the private server.
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    return [{ address: calls.length === 1 ? '127.0.0.2' : '127.0.0.1', family: 4 }];
  };
  const guard = createAddressGuard({ isPublic, resolve });
  const before = privateRequests();
  const outcome = await conditionalGet(
    { url: `http://rebind.test:${port}/feed` },
    { addressGuard: guard },
  );
  assert.equal(outcome.kind, 'ok');
  assert.equal(calls.length, 1, 'one lookup for the one connection');
  assert.equal(privateRequests(), before);
});

test('literal spellings of private addresses are refused before any connection', async () => {
  const guard = createAddressGuard({ isPublic });
  const port = new URL(privateServer.origin).port;
  const before = privateRequests();
  for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', '2130706433', '0x7f.0.0.1', '0.0.0.0']) {
    const outcome = await conditionalGet(
      { url: `http://${host}:${port}/secret` },
      { addressGuard: guard },
    );
    assert.equal(outcome.kind === 'network-error' && outcome.code, 'non-public', host);
  }
  assert.equal(privateRequests(), before);
});

test('without a guard (fetch unit tests) nothing is checked', async () => {
  const outcome = await conditionalGet({ url: privateServer.url('/secret') });
  assert.equal(outcome.kind, 'ok');
});
