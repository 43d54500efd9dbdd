// A host that never completes the TCP handshake (a firewall dropping SYNs) must end at the
// connect timeout. Simulated on loopback: a child process listens with a backlog of 1 and then
// blocks its event loop, so it never accepts; once its accept queue is full, the kernel drops
// further SYNs and connect() hangs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';

const stuckListener = `
const server = require('node:net').createServer();
server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
  process.stdout.write(server.address().port + '\\n');
  setTimeout(() => { const end = Date.now() + 10000; while (Date.now() < end); }, 10);
});`;

let child: ChildProcess;
let port: number;
const fillers: Socket[] = [];

before(async () => {
  child = spawn(process.execPath, ['-e', stuckListener], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = Number(
    await new Promise<string>((resolve) =>
      child.stdout!.once('data', (data) => resolve(String(data))),
    ),
  );
  await sleep(50);
  // Fill the accept queue (backlog + 1 on Linux) so the next SYN is dropped.
  for (let i = 0; i < 4; i += 1) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    fillers.push(socket);
  }
  await sleep(200);
});

after(() => {
  for (const socket of fillers) socket.destroy();
  child.kill();
});

test('a host that never completes the handshake ends at the connect timeout', async () => {
  const started = Date.now();
  const outcome = await conditionalGet(
    { url: `http://127.0.0.1:${port}/feed.xml` },
    { connectTimeoutMs: 300, totalTimeoutMs: 5000 },
  );
  const elapsed = Date.now() - started;
  assert.equal(outcome.kind, 'network-error');
  if (outcome.kind !== 'network-error') return;
  assert.equal(outcome.code, 'connect-timeout');
  assert.equal(outcome.message, 'Could not connect to 127.0.0.1 within 0.3 seconds.');
  assert.ok(elapsed < 2000, `took ${elapsed} ms`);
});
