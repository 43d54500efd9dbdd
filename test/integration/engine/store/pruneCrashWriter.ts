// Child process for pruneCrashSafety.test.ts: stores old posts, marks most read and some
// starred, then prunes in small steps while marking more, printing each mark only after the
// call that made it has committed. The parent kills it with SIGKILL mid-prune.
import { toIncomingPost } from '../../../../electron/engine/planet/incomingPost.ts';
import { openStore } from '../../../../electron/engine/store/index.ts';
import { entry } from '../../../unit/engine/planet/corpusEntries.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: pruneCrashWriter.ts <database file>');
const store = openStore(file);
const { feed } = store.addFeed({ url: 'https://prune-crash.example/feed', title: 'Crash' });
const ctx = { feedId: feed.id, feedUrl: feed.url, siteUrl: null, planet: false };
const long = new Date(Date.UTC(2024, 0, 1));
const unread: number[] = [];

for (let round = 0; round < 30; round += 1) {
  const posts = Array.from({ length: 50 }, (_, i) =>
    toIncomingPost(
      entry({
        guid: `https://prune-crash.example/?p=${round}-${i}`,
        title: `Round ${round} post ${i}`,
        published: new Date(long.getTime() + round * 60_000 + i * 1000).toISOString(),
        contentHtml: `<p>${'words '.repeat(300)}</p>`,
      }),
      ctx,
    ),
  );
  const ids = store.savePosts(feed.id, posts, long.toISOString()).added.map((row) => row.id);
  store.setRead(ids.slice(0, 40), true);
  process.stdout.write(`read ${ids.slice(0, 40).join(',')}\n`);
  store.setStarred(ids.slice(40, 42), true);
  process.stdout.write(`starred ${ids.slice(40, 42).join(',')}\n`);
  unread.push(...ids.slice(42));
}

const pruner = store.createPruner({ keepReadDays: 90, maxPerFeed: 1000 }, new Date());
for (let more = true; more;) {
  more = pruner.step(15);
  process.stdout.write('step\n');
  const next = unread.shift();
  if (next === undefined) continue;
  // Alternately: a star (never pruned) and a read mark (prunable from then on).
  if (next % 2) {
    store.setStarred([next], true);
    process.stdout.write(`starred ${next}\n`);
  } else {
    store.setRead([next], true);
    process.stdout.write(`read ${next}\n`);
  }
}
process.stdout.write('done\n');
// Wait to be killed: the parent expects SIGKILL.
setInterval(() => {}, 1000);
