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
  /** A search that stopped at `total` matches (EntryPage.capped). */
  readonly capped: boolean;
  private readonly pages = new Map<number, EntryRow[]>();
  private readonly lastUsed = new Map<number, number>();
  /** Rows shown here that no longer match the query on the engine, by id, with their list index:
   * the engine leaves them out, so a page holding one is spliced back together when it reloads. */
  private readonly departed = new Map<number, { index: number; row: EntryRow }>();
  /** Posts stored since this window opened that the engine now lists ahead of ours. */
  private arrivedAhead = 0;
  /** The row that sorts first of all rows loaded (newest first: published, then id). */
  private newest: EntryRow | undefined;
  /** Page loads under way, so a second caller awaits the first instead of returning empty. */
  private readonly loading = new Map<number, Promise<void>>();
  private clock = 0;

  constructor(query: EntryQuery, total = 0, capped = false) {
    this.query = query;
    this.total = total;
    this.capped = capped;
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
    for (const { index } of this.departed.values()) if (index < start) gone++;
    return {
      ...this.query,
      offset: Math.max(0, start - gone + this.arrivedAhead),
      limit: pageSize,
    };
  }

  /** Stores a page as the engine answered pageQuery(pageIndex); departed rows go back in place. */
  setPage(pageIndex: number, rows: readonly EntryRow[]): void {
    const start = pageIndex * pageSize;
    const departedAt = new Map<number, EntryRow>();
    for (const { index, row } of this.departed.values()) {
      if (index >= start && index < start + pageSize) departedAt.set(index, row);
    }
    const page: EntryRow[] = [];
    const fromEngine = rows.filter((row) => !this.departed.has(row.id));
    let next = 0;
    for (let index = start; index < start + pageSize; index++) {
      const kept = departedAt.get(index);
      const row = kept ?? fromEngine[next++];
      if (!row) break;
      page.push(row);
    }
    for (const row of page) if (!this.newest || sortsBefore(row, this.newest)) this.newest = row;
    this.pages.set(pageIndex, page);
    this.touch(pageIndex);
    this.evict(pageIndex);
  }

  /** Loads a page once: callers asking while it is on its way await the same request. */
  loadPage(
    pageIndex: number,
    list: (query: EntryQuery) => Promise<{ readonly entries: readonly EntryRow[] }>,
  ): Promise<void> {
    if (this.pages.has(pageIndex)) return Promise.resolve();
    const pending = this.loading.get(pageIndex);
    if (pending) return pending;
    const request = list(this.pageQuery(pageIndex))
      .then((answer) => this.setPage(pageIndex, answer.entries))
      .finally(() => this.loading.delete(pageIndex));
    this.loading.set(pageIndex, request);
    return request;
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
      const left = this.departed.get(entryId);
      if (before && !after)
        this.departed.set(entryId, { index: pageIndex * pageSize + at, row: updated });
      else if (!after && left) left.row = updated;
      if (!before && after) this.departed.delete(entryId);
      return true;
    }
    return false;
  }

  /** New posts of this view were stored. Those sure to sort ahead of every loaded row move later
   * offsets by one each; returns how many that was. Unsure (a search, a starred view, nothing
   * loaded, an older date) moves nothing: the "N new" bar reloads the view instead. */
  noteArrivals(added: readonly EntryRow[]): number {
    const newest = this.newest;
    if (!newest || this.query.search !== undefined || this.query.starred) return 0;
    const ahead = added.filter(
      (row) => rowStillMatches(this.query, row) && sortsBefore(row, newest),
    ).length;
    this.arrivedAhead += ahead;
    return ahead;
  }

  get pendingArrivals(): number {
    return this.arrivedAhead;
  }
}

/** The engine's order: published descending, then id descending. */
function sortsBefore(a: EntryRow, b: EntryRow): boolean {
  return a.published > b.published || (a.published === b.published && a.id > b.id);
}
