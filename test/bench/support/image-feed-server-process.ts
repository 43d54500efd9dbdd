// The image bench's server, in its own process (its CPU is not charged to the reader): the refresh
// bench's member feeds (feed-generator.ts), each post showing one image of its own at
// /img/<member>-<item>.png (a real PNG, distinct bytes per image), and a count of what it served.
// argv[2] feeds, argv[3] items per feed. Talks to its parent over IPC: {type:'stats'}.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { memberFeed } from './feed-generator.ts';
import { pngBytes } from '../../support/images.ts';

const feeds = Number(process.argv[2] ?? 300);
const items = Number(process.argv[3] ?? 30);
const stats = { feeds: 0, images: 0, other: 0 };
const documents = new Map<string, Buffer>();

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const image = /^\/img\/(\d+)-(\d+)\.png$/.exec(path);
  if (image) {
    stats.images += 1;
    const seed = Number(image[1]) * 31 + Number(image[2]);
    const png = pngBytes(48, 32, [seed % 256, (seed >> 8) % 256, 77]);
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length }).end(png);
    return;
  }
  const body = documents.get(path);
  if (!body) {
    stats.other += 1;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  stats.feeds += 1;
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=UTF-8' }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const newest = new Date(Date.UTC(2015, 0, 13, 2, 31, 7));
for (let member = 0; member < feeds; member += 1) {
  let item = 0;
  const xml = memberFeed(member, items, origin, newest).replaceAll(
    '<content:encoded><![CDATA[',
    () =>
      `<content:encoded><![CDATA[<p><img src="${origin}/img/${member}-${item++}.png" width="640" height="427" alt=""></p>`,
  );
  documents.set(`/member-${member}/feed/`, Buffer.from(xml));
}

process.on('message', (message: { type?: string; id?: number }) => {
  if (message.type === 'stats')
    process.send?.({ type: 'stats', id: message.id, stats: { ...stats } });
});
process.on('disconnect', () => {
  server.close();
  process.exit(0);
});
process.send?.({ type: 'ready', urls: [...documents.keys()].map((path) => origin + path) });
