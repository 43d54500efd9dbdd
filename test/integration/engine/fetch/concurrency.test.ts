// The shared limiter, driven through conditionalGet against real servers that count how many
// requests they are serving at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Handler } from '../../../support/server.ts';
import { startServer, type TestServer } from '../../../support/server.ts';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';
import { createConcurrencyLimiter } from '../../../../electron/engine/fetch/limiter.ts';

const feed = '<rss version="2.0"><channel><title>t</title></channel></rss>';

/** Counts in-flight requests per server and across all of them. */
function createCounter() {
  const counter = {
    global: 0,
    globalPeak: 0,
    perServer: new Map<string, { now: number; peak: number }>(),
  };
  const handler =
    (name: string): Handler =>
    (_req, res) => {
      const mine = counter.perServer.get(name) ?? { now: 0, peak: 0 };
      counter.perServer.set(name, mine);
      mine.now += 1;
      mine.peak = Math.max(mine.peak, mine.now);
      counter.global += 1;
      counter.globalPeak = Math.max(counter.globalPeak, counter.global);
      setTimeout(() => {
        mine.now -= 1;
        counter.global -= 1;
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
      }, 60);
    };
  return { counter, handler };
}

const servers: TestServer[] = [];
before(async () => {
  for (let i = 0; i < 4; i += 1) servers.push(await startServer());
});
after(() => Promise.all(servers.map((s) => s.close())));

test('no more than two requests at once reach one host', async () => {
  const { counter, handler } = createCounter();
  const server = servers[0]!;
  server.route('/feed', handler('a'));
  const limiter = createConcurrencyLimiter({ perHost: 2, global: 8 });
  const outcomes = await Promise.all(
    Array.from({ length: 6 }, () => conditionalGet({ url: server.url('/feed') }, { limiter })),
  );
  assert.deepEqual(
    outcomes.map((o) => o.kind),
    Array(6).fill('ok'),
  );
  assert.equal(counter.perServer.get('a')!.peak, 2);
  assert.equal(limiter.active, 0);
});

test('the global limit holds across hosts', async () => {
  // Different ports are different hosts for the limiter (host includes the port).
  const { counter, handler } = createCounter();
  servers.forEach((server, i) => server.route('/g', handler(`s${i}`)));
  const limiter = createConcurrencyLimiter({ perHost: 2, global: 3 });
  const outcomes = await Promise.all(
    servers.flatMap((server) =>
      [0, 1].map(() => conditionalGet({ url: server.url('/g') }, { limiter })),
    ),
  );
  assert.ok(outcomes.every((o) => o.kind === 'ok'));
  assert.equal(counter.globalPeak, 3);
  for (const { peak } of counter.perServer.values()) assert.ok(peak <= 2);
  assert.equal(limiter.active, 0);
});

test('without a limiter requests are not held back', async () => {
  // Each answer waits until all four requests are in (or 5 s): on a loaded machine a fixed 60 ms
  // hold let the first answer go before the fourth request arrived.
  const server = servers[0]!;
  let inFlight = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];
  server.route('/free', (_req, res) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    const answer = () => {
      inFlight -= 1;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    };
    waiting.push(answer);
    if (waiting.length === 4) waiting.splice(0).forEach((go) => go());
    else setTimeout(() => waiting.splice(0).forEach((go) => go()), 5000);
  });
  await Promise.all(Array.from({ length: 4 }, () => conditionalGet({ url: server.url('/free') })));
  assert.equal(peak, 4);
});
