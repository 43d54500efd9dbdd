// Child process for searchCleanupCrash.test.ts: stores old posts (each with a word of its own),
// keeps one in ten unread, prunes the rest in small steps, then rebuilds the search index in
// small steps, printing after each committed step. The parent kills it with SIGKILL.
import { toIncomingPost } from '../../../../electron/engine/planet/incomingPost.ts';
import { openStore } from '../../../../electron/engine/store/index.ts';
import { entry } from '../../../unit/engine/planet/corpusEntries.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: searchCleanupCrashWriter.ts <database file>');
const store = openStore(file);
const { feed } = store.addFeed({ url: 'https://cleanup-crash.example/feed', title: 'Crash' });
const ctx = { feedId: feed.id, feedUrl: feed.url, siteUrl: null, planet: false };
const long = new Date(Date.UTC(2024, 0, 1));
const posts = Array.from({ length: 400 }, (_, i) =>
  toIncomingPost(
    entry({
      guid: `https://cleanup-crash.example/?p=${i}`,
      title: `Post ${i} about planets`,
      published: new Date(long.getTime() + i * 1000).toISOString(),
      contentHtml: `<p>tag${i}z ${'planets orbit quietly '.repeat(30)}</p>`,
    }),
    ctx,
  ),
);
const ids = store.savePosts(feed.id, posts, long.toISOString()).added.map((row) => row.id);
store.flushSearchIndex();
store.setRead(
  ids.filter((_, i) => i % 10 !== 3),
  true,
);

const pruner = store.createPruner({ keepReadDays: 90, maxPerFeed: 1000 }, new Date());
while (pruner.step(20)) process.stdout.write('step\n');
const plan = store.planSearchCleanup();
if (plan === 'reindex') store.clearSearchIndex();
process.stdout.write(`plan ${plan}\n`);
while (store.indexSearchStep(2) > 0) process.stdout.write('indexed\n');
process.stdout.write('done\n');
// Wait to be killed: the parent expects SIGKILL.
setInterval(() => {}, 1000);
