// Accounts in the database: the account rows, which feeds and folders are a server's, which
// server article each stored post is, the outbox of marks, and applying the server's marks.
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { transaction } from './database.ts';
import { readFlagSql, unreadFlagSql } from './readState.ts';

export interface AccountRecord {
  readonly id: number;
  readonly kind: 'local' | 'ttrss';
  readonly url: string | null;
  readonly user: string | null;
  readonly folderId: number | null;
  readonly entryCursor: number;
  readonly lastSyncAt: string | null;
  readonly lastFullMarksAt: string | null;
  readonly error: string | null;
}

export interface AccountPatch {
  readonly folderId?: number | null;
  readonly entryCursor?: number;
  readonly lastSyncAt?: string | null;
  readonly lastFullMarksAt?: string | null;
  readonly error?: string | null;
}

export interface AccountFeed {
  readonly id: number;
  readonly remoteId: number;
  readonly url: string;
  readonly title: string;
  readonly folderId: number | null;
}

export interface OutboxMark {
  readonly seq: number;
  readonly remoteId: number;
  readonly field: 'read' | 'starred';
  readonly value: boolean;
  /** The server's feed id of the article (for catchupFeed), when known. */
  readonly remoteFeedId: number | null;
}

interface AccountRow {
  id: number;
  kind: 'local' | 'ttrss';
  url: string | null;
  user: string | null;
  folder_id: number | null;
  entry_cursor: number;
  last_sync_at: string | null;
  last_full_marks_at: string | null;
  error: string | null;
}

const toAccount = (row: AccountRow): AccountRecord => ({
  id: row.id,
  kind: row.kind,
  url: row.url,
  user: row.user,
  folderId: row.folder_id,
  entryCursor: row.entry_cursor,
  lastSyncAt: row.last_sync_at,
  lastFullMarksAt: row.last_full_marks_at,
  error: row.error,
});

const PATCH_COLUMNS = {
  folderId: 'folder_id',
  entryCursor: 'entry_cursor',
  lastSyncAt: 'last_sync_at',
  lastFullMarksAt: 'last_full_marks_at',
  error: 'error',
} as const;

export interface EntryStateWriters {
  setRead(ids: readonly number[], read: boolean): number;
  setStarred(ids: readonly number[], starred: boolean): number;
}

export function accountQueries(db: DatabaseSync, writers: EntryStateWriters) {
  const all = db.prepare('SELECT * FROM accounts ORDER BY id');
  const byId = db.prepare('SELECT * FROM accounts WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO accounts (kind, url, user, added_at) VALUES (?, ?, ?, ?) RETURNING id',
  );
  const feedsOf = db.prepare(
    'SELECT id, remote_id, url, title, folder_id FROM feeds WHERE account_id = ? ORDER BY id',
  );
  const feedByRemote = db.prepare('SELECT id FROM feeds WHERE account_id = ? AND remote_id = ?');
  const urlTaken = db.prepare('SELECT 1 FROM feeds WHERE url = ?');
  const insertFeed = db.prepare(
    `INSERT INTO feeds (url, title, folder_id, added_at, account_id, remote_id, status, first_fetch_done)
     VALUES (?, ?, ?, ?, ?, ?, 'ok', 1) RETURNING id`,
  );
  const updateFeed = db.prepare(
    'UPDATE feeds SET title = ?, folder_id = ?, last_checked_at = ? WHERE id = ?',
  );
  const mapEntry = db.prepare(
    'INSERT OR IGNORE INTO remote_entries (account_id, remote_id, entry_id, feed_id) VALUES (?, ?, ?, ?)',
  );
  const remoteToEntry = db.prepare(
    'SELECT entry_id FROM remote_entries WHERE account_id = ? AND remote_id = ?',
  );
  const pending = db.prepare(
    `SELECT o.seq, o.remote_id, o.field, o.value, f.remote_id AS remote_feed_id
     FROM sync_outbox o
     LEFT JOIN remote_entries re ON re.account_id = o.account_id AND re.remote_id = o.remote_id
     LEFT JOIN feeds f ON f.id = re.feed_id
     WHERE o.account_id = ? ORDER BY o.seq LIMIT ?`,
  );
  const hasPending = db.prepare(
    'SELECT 1 FROM sync_outbox WHERE account_id = ? AND remote_id = ? AND field = ?',
  );
  const byKey = db.prepare('SELECT entry_id FROM entry_keys WHERE key = ?');
  const pendingCount = db.prepare('SELECT count(*) AS n FROM sync_outbox WHERE account_id = ?');
  const setApplying = db.prepare('UPDATE sync_applying SET applying = ? WHERE id = 1');
  const unreadByFeed = db.prepare(
    `SELECT f.remote_id AS feed, sum(${unreadFlagSql('re.entry_id')}) AS unread, sum(s.starred = 1) AS starred
     FROM remote_entries re JOIN entry_state s ON s.entry_id = re.entry_id
     JOIN feeds f ON f.id = re.feed_id WHERE re.account_id = ? GROUP BY f.remote_id`,
  );

  function getAccount(id: number): AccountRecord | null {
    const row = byId.get(id) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  function updateAccount(id: number, patch: AccountPatch): void {
    const sets: string[] = [];
    const values: SQLInputValue[] = [];
    for (const [field, column] of Object.entries(PATCH_COLUMNS)) {
      const value = (patch as Record<string, unknown>)[field];
      if (value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(value as SQLInputValue);
    }
    if (sets.length)
      db.prepare(`UPDATE accounts SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  }

  /** Runs fn with the outbox triggers quiet: what fn changes came from the server. */
  function applyingServerState<T>(fn: () => T): T {
    return transaction(db, () => {
      setApplying.run(1);
      try {
        return fn();
      } finally {
        setApplying.run(0);
      }
    });
  }

  function idsWhere(sql: string, ...params: SQLInputValue[]): number[] {
    return (db.prepare(sql).all(...params) as { id: number }[]).map((row) => row.id);
  }

  /** Puts ids into temp.sync_ids (a scratch set for one statement group). */
  function scratch(ids: readonly number[]): void {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS sync_ids (id INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.sync_ids');
    const add = db.prepare('INSERT OR IGNORE INTO temp.sync_ids (id) VALUES (?)');
    for (const id of ids) add.run(id);
  }

  // A post may be several server articles (a planet and a member blog): it is read when any
  // copy is read and unread only when every copy is; starred when any copy is.
  const noPending = (field: string, post = 're') => `NOT EXISTS (SELECT 1 FROM remote_entries c
      JOIN sync_outbox o ON o.account_id = c.account_id AND o.remote_id = c.remote_id AND o.field = '${field}'
      WHERE c.entry_id = ${post}.entry_id)`;

  return {
    listAccounts: (): AccountRecord[] => (all.all() as unknown as AccountRow[]).map(toAccount),
    getAccount,
    updateAccount,
    addAccount(kind: 'ttrss', url: string, user: string): number {
      return transaction(db, () => {
        const row = insert.get(kind, url, user, new Date().toISOString()) as { id: number };
        return row.id;
      });
    },

    accountFeeds(accountId: number): AccountFeed[] {
      return (
        feedsOf.all(accountId) as {
          id: number;
          remote_id: number;
          url: string;
          title: string;
          folder_id: number | null;
        }[]
      ).map((row) => ({
        id: row.id,
        remoteId: row.remote_id,
        url: row.url,
        title: row.title,
        folderId: row.folder_id,
      }));
    },

    /** The local feed for a server feed, created or brought up to date. */
    upsertRemoteFeed(
      accountId: number,
      feed: { remoteId: number; url: string; title: string; folderId: number | null },
      nowIso: string,
    ): number {
      const found = feedByRemote.get(accountId, feed.remoteId) as { id: number } | undefined;
      if (found) {
        updateFeed.run(feed.title, feed.folderId, nowIso, found.id);
        return found.id;
      }
      // One address may be a local subscription too: the account's copy is told apart.
      const url = urlTaken.get(feed.url) ? `${feed.url}#account-${accountId}` : feed.url;
      const row = insertFeed.get(
        url,
        feed.title,
        feed.folderId,
        nowIso,
        accountId,
        feed.remoteId,
      ) as { id: number };
      return row.id;
    },

    markFolder(folderId: number, accountId: number, remoteId: number | null): void {
      db.prepare('UPDATE folders SET account_id = ?, remote_id = ? WHERE id = ?').run(
        accountId,
        remoteId,
        folderId,
      );
    },

    /** The account's folders holding no feed, except those named (the root, live categories). */
    emptyFolders(accountId: number, keep: readonly number[]): number[] {
      return idsWhere(
        `SELECT id FROM folders fo WHERE account_id = ? AND id NOT IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM feeds WHERE folder_id = fo.id)`,
        accountId,
        JSON.stringify(keep),
      );
    },

    /** The server account a folder belongs to, or null (the local account's). */
    folderAccount(folderId: number): number | null {
      const row = db.prepare('SELECT account_id FROM folders WHERE id = ?').get(folderId) as
        { account_id: number | null } | undefined;
      return row?.account_id ?? null;
    },

    /** The server category id of one of the account's folders, or null. */
    folderRemoteId(folderId: number, accountId: number): number | null {
      const row = db
        .prepare('SELECT remote_id FROM folders WHERE id = ? AND account_id = ?')
        .get(folderId, accountId) as { remote_id: number | null } | undefined;
      return row?.remote_id ?? null;
    },

    deleteFolders(ids: readonly number[]): void {
      db.prepare('DELETE FROM folders WHERE id IN (SELECT value FROM json_each(?))').run(
        JSON.stringify(ids),
      );
    },

    mapEntry(accountId: number, remoteId: number, entryId: number, feedId: number): void {
      mapEntry.run(accountId, remoteId, entryId, feedId);
    },

    entryForKey(key: string): number | null {
      return (byKey.get(key) as { entry_id: number } | undefined)?.entry_id ?? null;
    },

    entryForRemote(accountId: number, remoteId: number): number | null {
      return (
        (remoteToEntry.get(accountId, remoteId) as { entry_id: number } | undefined)?.entry_id ??
        null
      );
    },

    /** Per server feed: how many of its articles are unread and starred here. */
    localCounts(accountId: number): Map<number, { unread: number; starred: number }> {
      const rows = unreadByFeed.all(accountId) as {
        feed: number;
        unread: number;
        starred: number;
      }[];
      return new Map(rows.map((row) => [row.feed, { unread: row.unread, starred: row.starred }]));
    },

    pendingMarks(accountId: number, limit: number): OutboxMark[] {
      return (
        pending.all(accountId, limit) as {
          seq: number;
          remote_id: number;
          field: 'read' | 'starred';
          value: number;
          remote_feed_id: number | null;
        }[]
      ).map((row) => ({
        seq: row.seq,
        remoteId: row.remote_id,
        field: row.field,
        value: row.value === 1,
        remoteFeedId: row.remote_feed_id,
      }));
    },

    pendingCount: (accountId: number): number => (pendingCount.get(accountId) as { n: number }).n,

    /** Forgets the marks the server has taken. A mark replaced meanwhile has a new seq and stays. */
    deletePushed(seqs: readonly number[]): void {
      transaction(db, () => {
        db.prepare('DELETE FROM sync_outbox WHERE seq IN (SELECT value FROM json_each(?))').run(
          JSON.stringify(seqs),
        );
      });
    },

    applyingServerState,

    /** Read/starred of newly pulled articles (a new post starts unread and unstarred). */
    applyPulledState(accountId: number, read: readonly number[], starred: readonly number[]): void {
      // A mark made here and not yet pushed is newer than what the pull says.
      const entries = (remoteIds: readonly number[], field: string) =>
        remoteIds
          .filter((remoteId) => !hasPending.get(accountId, remoteId, field))
          .map(
            (remoteId) =>
              (remoteToEntry.get(accountId, remoteId) as { entry_id: number } | undefined)
                ?.entry_id,
          )
          .filter((id): id is number => id !== undefined);
      applyingServerState(() => {
        writers.setRead(entries(read, 'read'), true);
        writers.setStarred(entries(starred, 'starred'), true);
      });
    },

    /**
     * The server's unread set for some of the account's feeds (local feed ids): posts of those
     * feeds follow it, except where a mark made here is still waiting to be pushed.
     */
    applyServerUnread(
      accountId: number,
      feedIds: readonly number[],
      unread: readonly number[],
    ): number {
      return applyingServerState(() => {
        scratch(unread);
        const scope = JSON.stringify(feedIds);
        const toRead = idsWhere(
          `SELECT DISTINCT re.entry_id AS id FROM remote_entries re JOIN entry_state s ON s.entry_id = re.entry_id
           WHERE re.account_id = ? AND re.feed_id IN (SELECT value FROM json_each(?)) AND ${unreadFlagSql('re.entry_id')} = 1
             AND re.remote_id NOT IN (SELECT id FROM temp.sync_ids) AND ${noPending('read')}`,
          accountId,
          scope,
        );
        const toUnread = idsWhere(
          `SELECT DISTINCT re.entry_id AS id FROM remote_entries re JOIN entry_state s ON s.entry_id = re.entry_id
           WHERE re.account_id = ? AND re.feed_id IN (SELECT value FROM json_each(?)) AND ${readFlagSql('re.entry_id')} = 1
             AND re.remote_id IN (SELECT id FROM temp.sync_ids) AND ${noPending('read')}
             AND NOT EXISTS (SELECT 1 FROM remote_entries c WHERE c.entry_id = re.entry_id
               AND NOT (c.account_id = re.account_id AND c.feed_id IN (SELECT value FROM json_each(?))
                        AND c.remote_id IN (SELECT id FROM temp.sync_ids)))`,
          accountId,
          scope,
          scope,
        );
        return writers.setRead(toRead, true) + writers.setRead(toUnread, false);
      });
    },

    /** The server's whole starred set for the account. */
    applyServerStarred(accountId: number, starred: readonly number[]): number {
      return applyingServerState(() => {
        scratch(starred);
        const toStar = idsWhere(
          `SELECT DISTINCT re.entry_id AS id FROM remote_entries re JOIN entry_state s ON s.entry_id = re.entry_id
           WHERE re.account_id = ? AND s.starred = 0 AND re.remote_id IN (SELECT id FROM temp.sync_ids)
             AND ${noPending('starred')}`,
          accountId,
        );
        // From the few starred posts, not the account's every article: walking remote_entries
        // with these correlated checks took 1.5 s at 30,000 articles (a no-op sync's budget is 1 s).
        const toUnstar = idsWhere(
          `SELECT s.entry_id AS id FROM entry_state s INDEXED BY entry_state_starred
           WHERE s.starred = 1
             AND EXISTS (SELECT 1 FROM remote_entries re WHERE re.entry_id = s.entry_id AND re.account_id = ?)
             AND NOT EXISTS (SELECT 1 FROM remote_entries c WHERE c.entry_id = s.entry_id
               AND c.account_id = ? AND c.remote_id IN (SELECT id FROM temp.sync_ids))
             AND ${noPending('starred', 's')}`,
          accountId,
          accountId,
        );
        return writers.setStarred(toStar, true) + writers.setStarred(toUnstar, false);
      });
    },

    /** The account, its feeds and folders, and every post only its feeds carried (starred too). */
    removeAccount(accountId: number): boolean {
      return transaction(db, () => {
        if (!getAccount(accountId) || accountId === 1) return false;
        db.exec('CREATE TEMP TABLE IF NOT EXISTS doomed_account_entries (id INTEGER PRIMARY KEY)');
        db.exec('DELETE FROM temp.doomed_account_entries');
        db.prepare(
          `INSERT INTO temp.doomed_account_entries (id)
           SELECT DISTINCT fe.entry_id FROM feed_entries fe JOIN feeds f ON f.id = fe.feed_id
           WHERE f.account_id = ? AND NOT EXISTS (SELECT 1 FROM feed_entries other
             JOIN feeds of ON of.id = other.feed_id
             WHERE other.entry_id = fe.entry_id AND ifnull(of.account_id, 0) <> ?)`,
        ).run(accountId, accountId);
        // feed_entries first, while the read flags are there for the counters.
        db.prepare(
          'DELETE FROM feed_entries WHERE feed_id IN (SELECT id FROM feeds WHERE account_id = ?)',
        ).run(accountId);
        db.prepare(
          'DELETE FROM entries WHERE id IN (SELECT id FROM temp.doomed_account_entries)',
        ).run();
        db.exec('DELETE FROM temp.doomed_account_entries');
        db.prepare('DELETE FROM feeds WHERE account_id = ?').run(accountId);
        db.prepare('DELETE FROM folders WHERE account_id = ?').run(accountId);
        db.prepare('DELETE FROM accounts WHERE id = ?').run(accountId);
        return true;
      });
    },
  };
}

export type AccountStore = ReturnType<typeof accountQueries>;
