// Child process for crashSafety.test.ts: saves posts in a loop and marks them read/starred,
// printing each id only after the call that changed it has committed. The parent kills it
// with SIGKILL at some point and checks that every acknowledged change survived.
import { toIncomingPost } from '../../../../electron/engine/planet/incomingPost.ts';
import { openStore } from '../../../../electron/engine/store/index.ts';
import { entry } from '../../../unit/engine/planet/corpusEntries.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: crashWriter.ts <database file>');
const store = openStore(file);
const { feed } = store.addFeed({ url: 'https://crash.example/feed', title: 'Crash' });
const ctx = { feedId: feed.id, feedUrl: feed.url, siteUrl: null, planet: false };

process.stdout.write('ready\n');
for (let round = 0; ; round += 1) {
  const posts = Array.from({ length: 20 }, (_, i) =>
    toIncomingPost(
      entry({
        guid: `https://crash.example/?p=${round}-${i}`,
        title: `Round ${round} post ${i}`,
        published: new Date(Date.UTC(2020, 0, 1) + round * 60_000 + i * 1000).toISOString(),
        contentHtml: `<p>${'words '.repeat(200)}</p>`,
      }),
      ctx,
    ),
  );
  const { added } = store.savePosts(feed.id, posts, new Date().toISOString());
  const ids = added.map((row) => row.id);
  store.setRead(ids.slice(0, 10), true);
  // Pipes are written synchronously on Linux: once this returns the parent can read it.
  process.stdout.write(`read ${ids.slice(0, 10).join(',')}\n`);
  store.setStarred(ids.slice(10, 12), true);
  process.stdout.write(`starred ${ids.slice(10, 12).join(',')}\n`);
}
