// The entry list's window onto the engine: pages of rows fetched on demand, a bounded number
// kept, never the whole list. Rows that leave a filtered view while it is shown (read in
// "All unread", unstarred in "Starred") stay on screen until the view reloads, so the engine's
// offsets for later pages are shifted by how many such rows lie before them.
import type { EntryQuery, EntryRow } from '../../shared/model.ts';
import { rowStillMatches } from './views.ts';

export const pageSize = 100;
export const maxPages = 12;

export class EntryWindow {
  readonly query: EntryQuery;
  total: number;
  private readonly pages = new Map<number, EntryRow[]>();
  private readonly lastUsed = new Map<number, number>();
  /** Rows shown here that no longer match the query on the engine: id -> list index. */
  private readonly departed = new Map<number, number>();
  /** Posts stored since this window opened that the engine now lists ahead of ours. */
  private arrivedAhead = 0;
  private clock = 0;

  constructor(query: EntryQuery, total = 0) {
    this.query = query;
    this.total = total;
  }

  rowAt(index: number): EntryRow | undefined {
    const page = this.pages.get(Math.floor(index / pageSize));
    return page?.[index % pageSize];
  }

  indexOf(entryId: number): number {
    for (const [pageIndex, rows] of this.pages) {
      const at = rows.findIndex((row) => row.id === entryId);
      if (at >= 0) return pageIndex * pageSize + at;
    }
    return -1;
  }

  hasPage(pageIndex: number): boolean {
    return this.pages.has(pageIndex);
  }

  /** Page indexes covering [first, last] that are not loaded yet. */
  missingPages(first: number, last: number): number[] {
    const missing: number[] = [];
    if (this.total === 0) return missing;
    const end = Math.min(last, this.total - 1);
    for (let page = Math.floor(Math.max(0, first) / pageSize); page * pageSize <= end; page++) {
      if (!this.pages.has(page)) missing.push(page);
    }
    return missing;
  }

  /** The query that fetches a page, with its offset corrected for rows that left or arrived. */
  pageQuery(pageIndex: number): EntryQuery {
    const start = pageIndex * pageSize;
    let gone = 0;
    for (const index of this.departed.values()) if (index < start) gone++;
    return {
      ...this.query,
      offset: Math.max(0, start - gone + this.arrivedAhead),
      limit: pageSize,
    };
  }

  setPage(pageIndex: number, rows: readonly EntryRow[]): void {
    this.pages.set(pageIndex, [...rows]);
    this.touch(pageIndex);
    this.evict(pageIndex);
  }

  touch(pageIndex: number): void {
    this.lastUsed.set(pageIndex, ++this.clock);
  }

  /** Drops the least recently used pages beyond the bound, never the one just used. */
  private evict(keep: number): void {
    while (this.pages.size > maxPages) {
      let oldest = -1;
      let oldestUse = Infinity;
      for (const [page, used] of this.lastUsed) {
        if (page !== keep && used < oldestUse && this.pages.has(page)) {
          oldest = page;
          oldestUse = used;
        }
      }
      if (oldest < 0) return;
      this.pages.delete(oldest);
      this.lastUsed.delete(oldest);
    }
  }

  get loadedRows(): number {
    let count = 0;
    for (const rows of this.pages.values()) count += rows.length;
    return count;
  }

  /** Applies a state change to a shown row; returns whether the row was shown here. */
  updateRow(entryId: number, patch: Partial<Pick<EntryRow, 'read' | 'starred'>>): boolean {
    for (const [pageIndex, rows] of this.pages) {
      const at = rows.findIndex((row) => row.id === entryId);
      const row = rows[at];
      if (!row) continue;
      const before = rowStillMatches(this.query, row);
      const updated = { ...row, ...patch };
      rows[at] = updated;
      const after = rowStillMatches(this.query, updated);
      if (before && !after) this.departed.set(entryId, pageIndex * pageSize + at);
      if (!before && after) this.departed.delete(entryId);
      return true;
    }
    return false;
  }

  /** New posts were stored that this view lists first (newest first): later offsets move by that many. */
  noteArrivals(count: number): void {
    this.arrivedAhead += count;
  }

  get pendingArrivals(): number {
    return this.arrivedAhead;
  }
}
