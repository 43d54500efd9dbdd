// Articles ready to show: an entry's stored content fetched and cleaned ahead of time, so that
// opening a prefetched entry needs no round trip and no DOMPurify pass on the way to the screen.
import type { EntryDetail } from '../../shared/model.ts';

export interface PreparedArticle {
  readonly entryId: number;
  /** Cleaned HTML for the article document's body. */
  readonly cleanHtml: string;
}

/** How many prepared articles are kept (the oldest go first). */
export const articleCacheSize = 40;

export class ArticleCache {
  private readonly load: (entryId: number) => Promise<EntryDetail | null>;
  private readonly prepare: (detail: EntryDetail) => Promise<PreparedArticle>;
  private readonly pending = new Map<number, Promise<PreparedArticle | null>>();
  private readonly ready = new Map<number, PreparedArticle | null>();

  /** `prepare` cleans the content (prepareArticle in sanitize.ts, loaded on demand; DOMPurify
   * needs a DOM). */
  constructor(
    load: (entryId: number) => Promise<EntryDetail | null>,
    prepare: (detail: EntryDetail) => Promise<PreparedArticle>,
  ) {
    this.load = load;
    this.prepare = prepare;
  }

  /** The prepared article if it is already here (null: the entry has no content or is gone). */
  peek(entryId: number): PreparedArticle | null | undefined {
    return this.ready.get(entryId);
  }

  /** Fetches and cleans an entry's content once; later calls share the result. */
  get(entryId: number): Promise<PreparedArticle | null> {
    let article = this.pending.get(entryId);
    if (article) return article;
    article = this.load(entryId)
      .then((detail) => (detail ? this.prepare(detail) : null))
      .then((prepared) => {
        if (this.pending.get(entryId) === article) this.ready.set(entryId, prepared);
        return prepared;
      });
    article.catch(() => this.forget(entryId));
    this.pending.set(entryId, article);
    while (this.pending.size > articleCacheSize) {
      this.forget(this.pending.keys().next().value as number);
    }
    return article;
  }

  /** Starts preparing entries that are likely to be opened next; failures are retried on open. */
  prefetch(entryIds: Iterable<number>): void {
    for (const entryId of entryIds) this.get(entryId).catch(() => undefined);
  }

  forget(entryId: number): void {
    this.pending.delete(entryId);
    this.ready.delete(entryId);
  }

  clear(): void {
    this.pending.clear();
    this.ready.clear();
  }
}
