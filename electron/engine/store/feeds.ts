// Subscriptions and their fetch state.
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { FeedStatus, FeedSummary } from '../../../shared/model.ts';
import { checkSiteAddress } from '../opml/feedAddress.ts';
import { transaction } from './database.ts';
import { localAccountId } from './accountSchema.ts';
import { nextIdSql } from './nextId.ts';
import {
  FeedUrlTakenError,
  type FeedPatch,
  type FeedRecord,
  type FeedToRefresh,
  type NewFeed,
} from './types.ts';

interface FeedRow {
  id: number;
  url: string;
  title: string;
  title_from_user: number;
  site_url: string | null;
  folder_id: number | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  status: FeedStatus;
  error: string | null;
  error_count: number;
  last_checked_at: string | null;
  next_check_at: string | null;
  retry_after: string | null;
  interval_minutes: number | null;
  ttl_minutes: number | null;
  first_fetch_done: number;
  is_planet: number;
  private_ok: number;
  added_at: string;
  unread_count: number;
  total_count: number;
  account_id: number | null;
}

function toRecord(row: FeedRow): FeedRecord {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    titleFromUser: row.title_from_user === 1,
    // Rows stored before site addresses were checked may hold a javascript: one.
    siteUrl: checkSiteAddress(row.site_url),
    folderId: row.folder_id,
    etag: row.etag,
    lastModified: row.last_modified,
    bodyHash: row.body_hash,
    status: row.status,
    error: row.error,
    errorCount: row.error_count,
    lastCheckedAt: row.last_checked_at,
    nextCheckAt: row.next_check_at,
    retryAfter: row.retry_after,
    intervalMinutes: row.interval_minutes,
    ttlMinutes: row.ttl_minutes,
    firstFetchDone: row.first_fetch_done === 1,
    isPlanet: row.is_planet === 1,
    privateOk: row.private_ok === 1,
    addedAt: row.added_at,
    unread: row.unread_count,
    total: row.total_count,
    accountId: row.account_id ?? localAccountId,
  };
}

/** Patch fields that map one-to-one onto a column. */
const COLUMNS = {
  url: 'url',
  siteUrl: 'site_url',
  folderId: 'folder_id',
  etag: 'etag',
  lastModified: 'last_modified',
  bodyHash: 'body_hash',
  status: 'status',
  error: 'error',
  errorCount: 'error_count',
  lastCheckedAt: 'last_checked_at',
  nextCheckAt: 'next_check_at',
  retryAfter: 'retry_after',
  intervalMinutes: 'interval_minutes',
  ttlMinutes: 'ttl_minutes',
  firstFetchDone: 'first_fetch_done',
  isPlanet: 'is_planet',
  titleFromUser: 'title_from_user',
  privateOk: 'private_ok',
} as const satisfies Partial<Record<keyof FeedPatch, string>>;

function sqlValue(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as SQLInputValue;
}

export function summaryOf(
  feed: FeedRecord,
  folderPath: string | null,
  hasIcon = false,
): FeedSummary {
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    siteUrl: feed.siteUrl,
    folder: folderPath,
    folderId: feed.folderId,
    unread: feed.unread,
    total: feed.total,
    status: feed.status,
    error: feed.error,
    lastCheckedAt: feed.lastCheckedAt,
    nextCheckAt: feed.nextCheckAt,
    retryAfter: feed.retryAfter,
    account: feed.accountId,
    // Only when true, so summaries of feeds without an icon read as before.
    ...(hasIcon ? { hasIcon } : {}),
    ...(feed.isPlanet ? { isPlanet: true } : {}),
  };
}

export function feedQueries(db: DatabaseSync) {
  const byId = db.prepare('SELECT * FROM feeds WHERE id = ?');
  const byUrl = db.prepare('SELECT * FROM feeds WHERE url = ?');
  const all = db.prepare('SELECT * FROM feeds ORDER BY title COLLATE NOCASE, id');
  const insert = db.prepare(
    `INSERT INTO feeds (id, url, title, title_from_user, site_url, folder_id, added_at, private_ok)
     VALUES (${nextIdSql('feeds')}, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const due = db.prepare(
    `SELECT * FROM feeds
     WHERE status <> 'gone' AND account_id IS NULL
       AND (next_check_at IS NULL OR next_check_at <= ?)
       AND (retry_after IS NULL OR retry_after <= ?)
     ORDER BY next_check_at IS NOT NULL, next_check_at, id`,
  );
  const any = db.prepare('SELECT 1 FROM feeds LIMIT 1');
  const toRefresh = db.prepare(
    `SELECT id, url, first_fetch_done FROM feeds WHERE status <> 'gone' AND account_id IS NULL
     ORDER BY title COLLATE NOCASE, id`,
  );

  function getFeed(id: number): FeedRecord | null {
    const row = byId.get(id) as FeedRow | undefined;
    return row ? toRecord(row) : null;
  }

  function findFeedByUrl(url: string): FeedRecord | null {
    const row = byUrl.get(url) as FeedRow | undefined;
    return row ? toRecord(row) : null;
  }

  function addFeed(feed: NewFeed): { feed: FeedRecord; existed: boolean } {
    return transaction(db, () => {
      const existing = findFeedByUrl(feed.url);
      if (existing) return { feed: existing, existed: true };
      const id = Number(
        insert.run(
          feed.url,
          feed.title,
          feed.titleFromUser ? 1 : 0,
          checkSiteAddress(feed.siteUrl ?? null),
          feed.folderId ?? null,
          new Date().toISOString(),
          feed.privateOk === false ? 0 : 1,
        ).lastInsertRowid,
      );
      return { feed: getFeed(id) as FeedRecord, existed: false };
    });
  }

  const updateStatements = new Map<string, StatementSync>();

  function updateFeed(id: number, patch: FeedPatch): FeedRecord | null {
    return transaction(db, () => {
      const current = getFeed(id);
      if (!current) return null;
      if (patch.url !== undefined && patch.url !== current.url) {
        const owner = findFeedByUrl(patch.url);
        if (owner) throw new FeedUrlTakenError(patch.url, owner.id);
      }
      const sets: string[] = [];
      const values: SQLInputValue[] = [];
      for (const [field, column] of Object.entries(COLUMNS)) {
        const value =
          field === 'siteUrl' ? siteAddressPatch(patch.siteUrl) : patch[field as keyof FeedPatch];
        if (value === undefined) continue;
        sets.push(`${column} = ?`);
        values.push(sqlValue(value));
      }
      if (patch.title !== undefined) {
        sets.push('title = ?', 'title_from_user = 1');
        values.push(patch.title);
      } else if (
        patch.feedTitle !== undefined &&
        !current.titleFromUser &&
        patch.feedTitle !== ''
      ) {
        sets.push('title = ?');
        values.push(patch.feedTitle);
      }
      if (sets.length > 0) {
        // A poll updates each feed once or twice with one of a handful of column sets: prepare
        // each set once, not on every call (600 prepares for a 300-feed refresh).
        const sql = `UPDATE feeds SET ${sets.join(', ')} WHERE id = ?`;
        let update = updateStatements.get(sql);
        if (!update) updateStatements.set(sql, (update = db.prepare(sql)));
        update.run(...values, id);
      }
      return getFeed(id);
    });
  }

  function removeFeed(id: number): boolean {
    return transaction(db, () => {
      if (!getFeed(id)) return false;
      // Posts only this feed carried go, unless starred (a star is a promise to keep it).
      db.prepare(`CREATE TEMP TABLE IF NOT EXISTS doomed_entries (id INTEGER PRIMARY KEY)`).run();
      db.prepare('DELETE FROM temp.doomed_entries').run();
      db.prepare(
        `INSERT INTO temp.doomed_entries (id)
         SELECT fe.entry_id FROM feed_entries fe JOIN entry_state s ON s.entry_id = fe.entry_id
         WHERE fe.feed_id = ? AND s.starred = 0
           AND NOT EXISTS (SELECT 1 FROM feed_entries other
                           WHERE other.entry_id = fe.entry_id AND other.feed_id <> fe.feed_id)`,
      ).run(id);
      // feed_entries first, while the entries' read flags are still there to count.
      db.prepare('DELETE FROM feed_entries WHERE feed_id = ?').run(id);
      db.prepare('DELETE FROM entries WHERE id IN (SELECT id FROM temp.doomed_entries)').run();
      db.prepare('DELETE FROM temp.doomed_entries').run();
      db.prepare('DELETE FROM feeds WHERE id = ?').run(id);
      return true;
    });
  }

  return {
    getFeed,
    findFeedByUrl,
    addFeed,
    updateFeed,
    removeFeed,
    listFeedRecords: (): FeedRecord[] => (all.all() as unknown as FeedRow[]).map(toRecord),
    dueFeeds: (nowIso: string): FeedRecord[] =>
      (due.all(nowIso, nowIso) as unknown as FeedRow[]).map(toRecord),
    hasFeeds: (): boolean => any.get() !== undefined,
    localFeedsToRefresh: (): FeedToRefresh[] =>
      (toRefresh.all() as { id: number; url: string; first_fetch_done: number }[]).map((row) => ({
        id: row.id,
        url: row.url,
        firstFetchDone: row.first_fetch_done === 1,
      })),
  };
}

/** A site address is kept only when http(s) (a javascript: one reached exported OPML); another is no change. */
function siteAddressPatch(siteUrl: string | null | undefined): string | null | undefined {
  if (siteUrl === null || siteUrl === undefined) return siteUrl;
  return checkSiteAddress(siteUrl) ?? undefined;
}
