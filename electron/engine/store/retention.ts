// Retention: read, unstarred posts older than N days, or beyond the newest M of a feed, are
// removed in small steps (each its own short transaction, so the app stays responsive and a
// kill -9 loses nothing acknowledged). Unread and starred posts are always kept. Each pruned
// post's identity keys go to pruned_keys (see prunedKeys.ts) in the same transaction. A step
// removes its posts set-wise (pruneBatch.ts): each table is walked once per step, not per post.
import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './database.ts';
import { pruneBatchQueries, raisePageCache, withoutCascades } from './pruneBatch.ts';
import { tombstoneForgetting } from './forgetTombstones.ts';
import { readFlagSql } from './readState.ts';

export interface RetentionRules {
  /** Read, unstarred posts are kept this many days after they arrived (and were published). */
  readonly keepReadDays: number;
  /** At most this many posts per feed; older read, unstarred ones beyond it go. */
  readonly maxPerFeed: number;
}

export const defaultRetentionRules: RetentionRules = { keepReadDays: 90, maxPerFeed: 1000 };

/** Called inside each step's transaction with the posts about to go (e.g. to free their images). */
export type PrunedHook = (entryIds: readonly number[]) => void;

export interface PruneTally {
  olderThanLimit: number;
  beyondFeedLimit: number;
  /** Posts removed (or that would be) per feed id. A post carried by two feeds counts in both. */
  readonly perFeed: Map<number, number>;
  tombstonesForgotten: number;
}

type Phase =
  | { kind: 'age'; afterId: number; maxId: number }
  | { kind: 'cap'; feeds: number[]; cursor: { published: string; entryId: number } | null }
  | { kind: 'forget'; afterKey: string }
  | { kind: 'done' };

export interface Pruner {
  /** Does one small step of at most `size` posts; returns false once everything is done. */
  step(size: number): boolean;
  /** Gives back what the pruner held (its larger page cache); done by the last step too. */
  close(): void;
  readonly tally: PruneTally;
}

const dayMs = 86_400_000;
/** The page cache while a pruner runs (see raisePageCache). */
const pruneCacheMib = 32;
/** Tombstone keys walked per post of a step's size (forgetTombstones.ts). */
const keysWalkedPerPost = 16;

export function retentionQueries(db: DatabaseSync) {
  const maxId = db.prepare('SELECT ifnull(max(id), 0) AS id FROM entries');
  const oldReadInWindow = db.prepare(
    `SELECT e.id FROM entries e JOIN entry_state s ON s.entry_id = e.id
     WHERE e.id > ? AND e.id <= ? AND ${readFlagSql('e.id')} = 1 AND s.starred = 0
       AND max(e.published, e.first_seen) < ?
     ORDER BY e.id LIMIT ?`,
  );
  const feedsOverLimit = db.prepare('SELECT id FROM feeds WHERE total_count > ? ORDER BY id');
  const boundary = db.prepare(
    `SELECT published, id AS entry_id FROM feed_list WHERE feed_id = ?
     ORDER BY published DESC, id DESC LIMIT 1 OFFSET ?`,
  );
  const olderInFeed = db.prepare(
    `SELECT fe.id AS entry_id, fe.published, ${readFlagSql('fe.id')} AS read, s.starred
     FROM feed_list fe JOIN entry_state s ON s.entry_id = fe.id
     WHERE fe.feed_id = ? AND (fe.published, fe.id) < (?, ?)
     ORDER BY fe.published DESC, fe.id DESC LIMIT ?`,
  );
  const forgetWindow = tombstoneForgetting(db);

  const batch = pruneBatchQueries(db);

  function removePosts(
    ids: readonly number[],
    nowIso: string,
    tally: PruneTally,
    onPruned: PrunedHook | undefined,
  ): void {
    const feeds = batch.removeSetwise(ids, nowIso, () => onPruned?.(ids));
    for (const { feedId, removed } of feeds) {
      tally.perFeed.set(feedId, (tally.perFeed.get(feedId) ?? 0) + removed);
    }
  }

  /** A pruner for these rules as of `now`: call step() until it returns false. */
  function createPruner(rules: RetentionRules, now: Date, onPruned?: PrunedHook): Pruner {
    const nowIso = now.toISOString();
    const cutoff = new Date(now.getTime() - rules.keepReadDays * dayMs).toISOString();
    // A tombstone no feed has carried for a year (or twice the retention) is forgotten.
    const forgetDays = Math.max(365, 2 * rules.keepReadDays);
    const forgetBefore = new Date(now.getTime() - forgetDays * dayMs).toISOString();
    const tally: PruneTally = {
      olderThanLimit: 0,
      beyondFeedLimit: 0,
      perFeed: new Map(),
      tombstonesForgotten: 0,
    };
    let restoreCache: (() => void) | null = null;
    let phase: Phase = {
      kind: 'age',
      afterId: 0,
      maxId: (maxId.get() as { id: number }).id,
    };

    function ageStep(current: Extract<Phase, { kind: 'age' }>, size: number): Phase {
      // A window of rowids per step bounds the scan, however few posts in it are prunable.
      const windowEnd = Math.min(current.maxId, current.afterId + size * 8);
      const ids = (
        oldReadInWindow.all(current.afterId, windowEnd, cutoff, size) as { id: number }[]
      ).map((row) => row.id);
      removePosts(ids, nowIso, tally, onPruned);
      tally.olderThanLimit += ids.length;
      const afterId = ids.length === size ? ids[ids.length - 1]! : windowEnd;
      if (afterId < current.maxId) return { ...current, afterId };
      const feeds = (feedsOverLimit.all(rules.maxPerFeed) as { id: number }[]).map((r) => r.id);
      return { kind: 'cap', feeds, cursor: null };
    }

    function capStep(current: Extract<Phase, { kind: 'cap' }>, size: number): Phase {
      const feedId = current.feeds[0];
      if (feedId === undefined) return { kind: 'forget', afterKey: '' };
      const next = { ...current, feeds: current.feeds.slice(1), cursor: null };
      let cursor = current.cursor;
      if (!cursor) {
        const edge = boundary.get(feedId, rules.maxPerFeed - 1) as
          { published: string; entry_id: number } | undefined;
        if (!edge) return next;
        cursor = { published: edge.published, entryId: edge.entry_id };
      }
      const rows = olderInFeed.all(feedId, cursor.published, cursor.entryId, size) as {
        entry_id: number;
        published: string;
        read: number;
        starred: number;
      }[];
      const ids = rows.filter((r) => r.read === 1 && r.starred === 0).map((r) => r.entry_id);
      removePosts(ids, nowIso, tally, onPruned);
      tally.beyondFeedLimit += ids.length;
      const last = rows[rows.length - 1];
      if (rows.length < size || !last) return next;
      return { ...current, cursor: { published: last.published, entryId: last.entry_id } };
    }

    function forgetStep(current: Extract<Phase, { kind: 'forget' }>, size: number): Phase {
      // Walking a key costs a small part of removing a post.
      const { forgotten, next } = forgetWindow(
        current.afterKey,
        size * keysWalkedPerPost,
        forgetBefore,
      );
      tally.tombstonesForgotten += forgotten;
      return next === null ? { kind: 'done' } : { kind: 'forget', afterKey: next };
    }

    return {
      tally,
      step(size) {
        const limit = Math.max(1, Math.floor(size));
        restoreCache ??= raisePageCache(db, pruneCacheMib);
        withoutCascades(db, () =>
          transaction(db, () => {
            if (phase.kind === 'age') phase = ageStep(phase, limit);
            else if (phase.kind === 'cap') phase = capStep(phase, limit);
            else if (phase.kind === 'forget') phase = forgetStep(phase, limit);
          }),
        );
        if (phase.kind === 'done') restoreCache?.();
        return phase.kind !== 'done';
      },
      close() {
        restoreCache?.();
      },
    };
  }

  return { createPruner };
}
