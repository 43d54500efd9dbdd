// Child process for imageCrash.test.ts: a Reader refreshes a loopback feed that grows a few posts
// per round, each post with its own image, while the image cache fetches them in the background;
// every read mark is printed only after setRead has returned (acknowledged). The parent kills
// this process with SIGKILL at some point.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openReader } from '../../../../electron/engine/reader.ts';
import { pngBytes, rssWithImages } from '../../../support/images.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: imageCrashWriter.ts <data dir>');
let round = 0;
const server = createServer((req, res) => {
  const image = /^\/img\/(\d+)\.png$/.exec(req.url ?? '');
  if (image) {
    const n = Number(image[1]);
    // Distinct bytes per image, some of them big enough to take a while to write.
    const side = 8 + (n % 50) * 4;
    res.writeHead(200, { 'content-type': 'image/png' }).end(pngBytes(side, side, [n % 256, 7, 9]));
    return;
  }
  const posts = Array.from({ length: (round + 1) * 5 }, (_, i) => ({
    guid: `post-${i}`,
    title: `Post ${i}`,
    html: `<p>Post ${i}</p><img src="${origin}/img/${i}.png">`,
  })).reverse();
  res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssWithImages(origin, posts));
});
// The same port on the second run, so the stored feed address still answers.
await new Promise<void>((resolve) =>
  server.listen(Number(process.argv[3] ?? 0), '127.0.0.1', resolve),
);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const reader = await openReader({ dataDir, firstRunFeeds: [], parseWorkerUrl: null });
const existing = (await reader.listFeeds({}))[0];
const feedId = existing?.id ?? (await reader.addFeed({ url: `${origin}/feed.xml` })).id;
// After a crash, the feed goes on growing from where it was.
round = Math.ceil((await reader.listEntries({ limit: 10_000 })).entries.length / 5);
process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`);
for (;;) {
  round += 1;
  await reader.refresh({ feedIds: [feedId] });
  const { entries } = await reader.listEntries({ unread: true, limit: 3 });
  const ids = entries.map((row) => row.id);
  if (ids.length) {
    await reader.setRead({ entryIds: ids, read: true });
    process.stdout.write(`read ${ids.join(',')}\n`);
  }
  // Let the background image fetches run between refreshes.
  await new Promise((resolve) => setTimeout(resolve, 5));
}
