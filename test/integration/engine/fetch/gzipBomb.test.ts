// A gzip bomb: 1 GiB of zeros compressed to about 1 MB. Orrery must stop at maxBytes of
// decompressed output with bounded memory. Its own file, so RSS is measured in a quiet process.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGzip } from 'node:zlib';
import { startServer, type TestServer } from '../../../support/server.ts';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';

const mib = 1024 * 1024;
let server: TestServer;
let member: Buffer;

/** One gzip member holding 64 MiB of zeros, compressed a megabyte at a time (about 64 KB). */
async function gzippedZeros(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => gzip.once('end', resolve));
  const zeros = Buffer.alloc(mib);
  for (let i = 0; i < megabytes; i += 1) gzip.write(zeros);
  gzip.end();
  await done;
  return Buffer.concat(out);
}

before(async () => {
  member = await gzippedZeros(64);
  server = await startServer();
});
after(() => server.close());

test('a gzip bomb ends as too-large with bounded memory', async (t) => {
  server.route('/bomb', (_req, res) => {
    // Concatenated gzip members are one valid gzip stream: 16 x 64 MiB = 1 GiB of zeros.
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    let members = 0;
    const pump = (): void => {
      while (!res.destroyed && members < 16) {
        members += 1;
        if (!res.write(member)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 5);

  const outcome = await conditionalGet({ url: server.url('/bomb') });
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);

  assert.equal(outcome.kind, 'network-error');
  if (outcome.kind !== 'network-error') return;
  assert.equal(outcome.code, 'too-large');
  assert.equal(outcome.message, 'The feed is larger than 20 MB; Orrery stopped reading it.');
  const grownMb = (rssPeak - rssBefore) / mib;
  t.diagnostic(`RSS grew by ${grownMb.toFixed(1)} MB while 1 GiB was offered`);
  assert.ok(grownMb < 100, `RSS grew by ${grownMb.toFixed(1)} MB`);
});
