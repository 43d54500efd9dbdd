// The benchmark's feed server, run as its own process (forked by feed-server.ts) so that its CPU
// time is never charged to the reader being measured. Serves every member-*/feed/index.xml under
// the directory given as argv[2] at /member-*/feed/, from memory, with a strong ETag and a
// Last-Modified, answers 304 to matching conditional requests, gzips when asked, and counts
// what it answered. Talks to its parent over IPC: {type:'stats'} and {type:'reset'}.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { ServerStats } from './feed-server.ts';

interface Document {
  readonly body: Buffer;
  readonly gzipped: Buffer;
  readonly etag: string;
  readonly lastModified: string;
  readonly lastModifiedMs: number;
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: feed-server-process.ts DIR');

const lastModifiedMs = Date.UTC(2015, 0, 13, 2, 31, 7);
const documents = new Map<string, Document>();
for (const name of (await readdir(dir)).sort()) {
  if (!name.startsWith('member-')) continue;
  const body = await readFile(join(dir, name, 'feed', 'index.xml'));
  documents.set(`/${name}/feed/`, {
    body,
    gzipped: gzipSync(body),
    etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`,
    lastModified: new Date(lastModifiedMs).toUTCString(),
    lastModifiedMs,
  });
}

type Counters = { -readonly [K in keyof ServerStats]: ServerStats[K] };

function emptyStats(): Counters {
  return { requests: 0, ok200: 0, notModified304: 0, notFound404: 0, conditional: 0, gzip: 0 };
}
let stats = emptyStats();

function isNotModified(doc: Document, ifNoneMatch?: string, ifModifiedSince?: string): boolean {
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === doc.etag);
  }
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return Number.isFinite(since) && doc.lastModifiedMs <= since;
  }
  return false;
}

const server = createServer((req, res) => {
  stats.requests += 1;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const doc = documents.get(path) ?? documents.get(path.endsWith('/') ? path : `${path}/`);
  if (!doc || (req.method !== 'GET' && req.method !== 'HEAD')) {
    stats.notFound404 += 1;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifNoneMatch !== undefined || ifModifiedSince !== undefined) stats.conditional += 1;
  const validators = { etag: doc.etag, 'last-modified': doc.lastModified, vary: 'Accept-Encoding' };
  if (isNotModified(doc, ifNoneMatch, ifModifiedSince)) {
    stats.notModified304 += 1;
    res.writeHead(304, validators).end();
    return;
  }
  stats.ok200 += 1;
  const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (wantsGzip) stats.gzip += 1;
  const payload = wantsGzip ? doc.gzipped : doc.body;
  res.writeHead(200, {
    ...validators,
    'content-type': 'application/rss+xml; charset=UTF-8',
    'content-length': payload.length,
    ...(wantsGzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
});

process.on('message', (message: { type?: string; id?: number }) => {
  if (message.type === 'stats') process.send?.({ type: 'stats', id: message.id, stats });
  if (message.type === 'reset') {
    stats = emptyStats();
    process.send?.({ type: 'reset', id: message.id });
  }
});

// One listener per loopback address (127.0.0.1 … 127.0.0.N, same port), so feeds can be spread
// over several hosts the way a planet's members are; argv[3] is N, default 1.
const hostCount = Math.max(1, Math.min(250, Number(process.argv[3] ?? 1) || 1));
const servers = [server];
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
for (let host = 2; host <= hostCount; host += 1) {
  const extra = createServer((req, res) => server.emit('request', req, res));
  await new Promise<void>((resolve, reject) => {
    extra.once('error', reject);
    extra.listen(port, `127.0.0.${host}`, resolve);
  });
  servers.push(extra);
}
process.on('disconnect', () => {
  for (const each of servers) each.close();
  process.exit(0);
});
const origins = servers.map((_, i) => `http://127.0.0.${i + 1}:${port}`);
process.send?.({ type: 'ready', origins, feeds: documents.size });
