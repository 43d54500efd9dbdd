// A real store on a real SQLite file in a fresh temp dir, and posts built the way the poller builds them.
import { planetMemberNames } from '../../../../electron/engine/planet/planetMembers.ts';
import { join } from 'node:path';
import type { ParsedEntry } from '../../../../electron/engine/parse/types.ts';
import {
  toIncomingPost,
  type IncomingPost,
} from '../../../../electron/engine/planet/incomingPost.ts';
import { openStore, type FeedRecord, type Store } from '../../../../electron/engine/store/index.ts';
import { tempDir } from '../../../support/fixtures.ts';

export interface OpenedStore {
  store: Store;
  file: string;
  reopen(): Store;
  dispose(): void;
}

export function freshStore(): OpenedStore {
  const dir = tempDir('orrery-store-');
  const file = join(dir.path, 'orrery.sqlite');
  let store = openStore(file);
  return {
    get store() {
      return store;
    },
    file,
    reopen() {
      store.close();
      store = openStore(file);
      return store;
    },
    dispose() {
      try {
        store.close();
      } catch {
        // already closed
      }
      dir.dispose();
    },
  };
}

export function postsFor(
  feed: FeedRecord,
  entries: readonly ParsedEntry[],
  planet: boolean,
): IncomingPost[] {
  // As refreshFeed does: a planet's member names come from the entries of the same fetch.
  const memberNames = planet
    ? planetMemberNames(
        {
          format: 'rss',
          title: '',
          siteUrl: feed.siteUrl,
          selfUrl: null,
          description: null,
          generator: null,
          iconUrl: null,
          ttlMinutes: null,
          entries: [...entries],
          warnings: [],
        },
        feed.url,
      )
    : new Set<string>();
  const ctx = { feedId: feed.id, feedUrl: feed.url, siteUrl: feed.siteUrl, planet, memberNames };
  return entries.map((entry) => toIncomingPost(entry, ctx));
}

/** A planet and one member's blog (Kerrie's), the pair most planet tests start from. */
export function planetAndBlog(store: Store): { planet: FeedRecord; blog: FeedRecord } {
  const planet = store.addFeed({ url: 'https://planet.example/rss', title: 'Planet' }).feed;
  store.updateFeed(planet.id, { isPlanet: true });
  const blog = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
  return { planet, blog };
}
