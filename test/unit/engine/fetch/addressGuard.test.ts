// The socket lookup of the SSRF guard, with a fake resolver: one resolution, only public answers
// handed to connect(), a refusal naming the address when there is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress, LookupOptions } from 'node:dns';
import {
  NonPublicAddressError,
  createAddressGuard,
  publicLookup,
  refuseNonPublicLiteral,
} from '../../../../electron/engine/fetch/addressGuard.ts';

function fakeResolver(answers: Record<string, LookupAddress[]>) {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    const found = answers[hostname];
    if (!found)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found;
  };
  return { calls, resolve };
}

function lookup(
  guard: ReturnType<typeof createAddressGuard>,
  hostname: string,
  options: LookupOptions,
): Promise<{ error: NodeJS.ErrnoException | null; address: unknown; family?: number }> {
  return new Promise((resolve) =>
    publicLookup(guard)(hostname, options, (error, address, family) =>
      resolve({ error, address, ...(family !== undefined ? { family } : {}) }),
    ),
  );
}

const v4 = (address: string): LookupAddress => ({ address, family: 4 });
const v6 = (address: string): LookupAddress => ({ address, family: 6 });

test('only public answers reach connect(), one or all of them', async () => {
  const { resolve, calls } = fakeResolver({
    'mixed.example': [v4('10.0.0.7'), v4('93.184.216.34'), v6('::1'), v6('2606:4700::1')],
  });
  const guard = createAddressGuard({ resolve });
  const one = await lookup(guard, 'mixed.example', { family: 0 });
  assert.deepEqual(one, { error: null, address: '93.184.216.34', family: 4 });
  const all = await lookup(guard, 'mixed.example', { all: true });
  assert.deepEqual(all.address, [v4('93.184.216.34'), v6('2606:4700::1')]);
  const six = await lookup(guard, 'mixed.example', { family: 6 });
  assert.equal(six.address, '2606:4700::1');
  assert.deepEqual(calls, ['mixed.example', 'mixed.example', 'mixed.example']);
});

test('a name with only non-public answers is refused, naming the address', async () => {
  const { resolve } = fakeResolver({
    'metadata.example': [v4('169.254.169.254')],
    'rebound.example': [v6('::ffff:127.0.0.1')],
  });
  const guard = createAddressGuard({ resolve });
  for (const [host, address] of [
    ['metadata.example', '169.254.169.254'],
    ['rebound.example', '::ffff:127.0.0.1'],
  ] as const) {
    for (const options of [{ family: 0 }, { all: true }] as LookupOptions[]) {
      const { error } = await lookup(guard, host, options);
      assert.ok(error instanceof NonPublicAddressError, host);
      assert.equal(error.address, address);
      assert.equal(error.code, 'ENONPUBLIC');
    }
  }
});

test('DNS errors pass through unchanged', async () => {
  const guard = createAddressGuard({ resolve: fakeResolver({}).resolve });
  const { error } = await lookup(guard, 'nowhere.example', { family: 0 });
  assert.equal(error?.code, 'ENOTFOUND');
});

test('an injected classifier decides: a test may call one loopback address public', async () => {
  const { resolve } = fakeResolver({ 'a.test': [v4('127.0.0.2')], 'b.test': [v4('127.0.0.1')] });
  const guard = createAddressGuard({ resolve, isPublic: (ip) => ip === '127.0.0.2' });
  assert.equal((await lookup(guard, 'a.test', { family: 0 })).address, '127.0.0.2');
  assert.ok((await lookup(guard, 'b.test', { family: 0 })).error instanceof NonPublicAddressError);
});

test('literal addresses are judged without a lookup, in every spelling the URL parser leaves', () => {
  const guard = createAddressGuard({ resolve: fakeResolver({}).resolve });
  for (const address of [
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0.0.0.0/',
    'http://[::1]/',
    'http://[::]/',
    'http://[::ffff:169.254.169.254]/',
    'http://169.254.169.254/latest/meta-data/',
  ]) {
    assert.throws(
      () => refuseNonPublicLiteral(guard, new URL(address)),
      NonPublicAddressError,
      address,
    );
  }
  refuseNonPublicLiteral(guard, new URL('http://93.184.216.34/'));
  refuseNonPublicLiteral(guard, new URL('http://example.org/')); // a name: judged at lookup
});
