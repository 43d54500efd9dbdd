// Storing an imported subscription list in one transaction: one prepared lookup and one prepared
// insert per feed, each folder path resolved once. Going through addFeed and ensureFolder per
// outline (a savepoint and a read-back of the whole row each) was most of a 5,000-outline import.
import type { DatabaseSync } from 'node:sqlite';
import { checkSiteAddress } from '../opml/feedAddress.ts';
import { transaction } from './database.ts';
import { nextIdSql } from './nextId.ts';

export interface ImportedFeed {
  /** Already normalised as a subscription address. */
  readonly url: string;
  readonly title: string;
  readonly siteUrl: string | null;
  /** Slash-separated folder path; null is the top level. */
  readonly folder: string | null;
}

export interface ImportOutcome {
  readonly added: { id: number; url: string; title: string }[];
  /** Feeds of the list that were subscribed already (by the same address). */
  readonly existing: number;
}

export function importFeedQueries(
  db: DatabaseSync,
  ensureFolder: (path: string | null) => number | null,
) {
  const idByUrl = db.prepare('SELECT id FROM feeds WHERE url = ?');
  const insert = db.prepare(
    `INSERT INTO feeds (id, url, title, title_from_user, site_url, folder_id, added_at, private_ok)
     VALUES (${nextIdSql('feeds')}, ?, ?, 0, ?, ?, ?, ?)`,
  );

  /** privateOk: the list came from the user (a file), not from the internet (addressGuard.ts). */
  function importFeeds(feeds: readonly ImportedFeed[], privateOk: boolean): ImportOutcome {
    return transaction(db, () => {
      const folderIds = new Map<string | null, number | null>();
      const folderOf = (path: string | null): number | null => {
        if (!folderIds.has(path)) folderIds.set(path, ensureFolder(path));
        return folderIds.get(path) ?? null;
      };
      const addedAt = new Date().toISOString();
      const added: { id: number; url: string; title: string }[] = [];
      let existing = 0;
      for (const feed of feeds) {
        // Also catches two spellings in one file that normalise to the same address.
        if (idByUrl.get(feed.url) !== undefined) {
          existing += 1;
          continue;
        }
        const site = checkSiteAddress(feed.siteUrl);
        const folderId = folderOf(feed.folder);
        const { lastInsertRowid } = insert.run(
          feed.url,
          feed.title,
          site,
          folderId,
          addedAt,
          privateOk ? 1 : 0,
        );
        added.push({ id: Number(lastInsertRowid), url: feed.url, title: feed.title });
      }
      return { added, existing };
    });
  }

  return { importFeeds };
}
