import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { createConcurrencyLimiter } from '../../../../electron/engine/fetch/limiter.ts';

/** Lets queued promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

test('no more than perHost slots are held for one host', async () => {
  const limiter = createConcurrencyLimiter({ perHost: 2, global: 8 });
  const granted: number[] = [];
  const releases = [1, 2, 3].map((n) =>
    limiter.acquire('example.org').then((release) => {
      granted.push(n);
      return release;
    }),
  );
  await settle();
  assert.deepEqual(granted, [1, 2]);
  assert.equal(limiter.waiting, 1);
  (await releases[0]!)();
  await settle();
  assert.deepEqual(granted, [1, 2, 3]);
});

test('the global limit holds across hosts', async () => {
  const limiter = createConcurrencyLimiter({ perHost: 2, global: 3 });
  const hosts = ['a.example', 'b.example', 'c.example', 'd.example'];
  let granted = 0;
  for (const host of hosts) void limiter.acquire(host).then(() => (granted += 1));
  await settle();
  assert.equal(granted, 3);
  assert.equal(limiter.active, 3);
  assert.equal(limiter.waiting, 1);
});

test('waiters are served first come, first served', async () => {
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 1 });
  const first = await limiter.acquire('a.example');
  const order: string[] = [];
  const waiting = ['b.example', 'c.example', 'a.example'].map((host) =>
    limiter.acquire(host).then((release) => {
      order.push(host);
      release();
    }),
  );
  first();
  await Promise.all(waiting);
  assert.deepEqual(order, ['b.example', 'c.example', 'a.example']);
});

test('a busy host does not hold up waiters for other hosts', async () => {
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 4 });
  await limiter.acquire('busy.example');
  let busyGranted = false;
  void limiter.acquire('busy.example').then(() => (busyGranted = true));
  const other = await limiter.acquire('free.example');
  assert.equal(typeof other, 'function');
  assert.equal(busyGranted, false);
});

test('releasing a slot twice frees it only once', async () => {
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 1 });
  const release = await limiter.acquire('a.example');
  release();
  release();
  assert.equal(limiter.active, 0);
  const again = await limiter.acquire('a.example');
  let second = false;
  void limiter.acquire('a.example').then(() => (second = true));
  release(); // a stale release must not free the slot someone else now holds
  await settle();
  assert.equal(second, false);
  again();
  await settle();
  assert.equal(second, true);
});

test('aborting a waiter removes it from the queue and rejects', async () => {
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 1 });
  const held = await limiter.acquire('a.example');
  const controller = new AbortController();
  const waiting = limiter.acquire('a.example', controller.signal);
  controller.abort(new Error('user cancelled'));
  await assert.rejects(waiting, /user cancelled/);
  assert.equal(limiter.waiting, 0);
  held();
  assert.equal(limiter.active, 0);
});

test('an already aborted signal rejects at once', async () => {
  const limiter = createConcurrencyLimiter();
  await assert.rejects(limiter.acquire('a.example', AbortSignal.abort()), { name: 'AbortError' });
  assert.equal(limiter.active, 0);
});

test('host names are compared without case', async () => {
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 8 });
  await limiter.acquire('Example.ORG');
  let granted = false;
  void limiter.acquire('example.org').then(() => (granted = true));
  await settle();
  assert.equal(granted, false);
});

test('limits that are not positive integers are refused', () => {
  assert.throws(() => createConcurrencyLimiter({ perHost: 0 }), RangeError);
  assert.throws(() => createConcurrencyLimiter({ global: 1.5 }), RangeError);
});

test('waiters sharing a signal add one abort listener to it, gone once none waits', async () => {
  // A refresh queues every feed under the reader's one signal: one listener each made every
  // add and remove walk thousands of them.
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 1 });
  const controller = new AbortController();
  const first = await limiter.acquire('a.example', controller.signal);
  const waiting = Array.from({ length: 50 }, () => limiter.acquire('a.example', controller.signal));
  assert.equal(getEventListeners(controller.signal, 'abort').length, 1);
  first();
  for (const next of waiting) (await next)();
  assert.equal(limiter.waiting, 0);
  assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
});

test('aborting a shared signal rejects its waiters and leaves the others queued', async () => {
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 1 });
  const held = await limiter.acquire('a.example');
  const controller = new AbortController();
  const cancelled = [1, 2, 3].map(() => limiter.acquire('a.example', controller.signal));
  let other = false;
  void limiter.acquire('a.example').then(() => (other = true));
  controller.abort(new Error('closing'));
  for (const waiter of cancelled) await assert.rejects(waiter, /closing/);
  assert.equal(limiter.waiting, 1);
  held();
  await settle();
  assert.equal(other, true);
});
