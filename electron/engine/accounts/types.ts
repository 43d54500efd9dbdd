// The account layer: where subscriptions and entries come from. The local account polls feeds
// itself (poll/); a server account (Tiny Tiny RSS now, a Google Reader API server later) is one
// adapter implementing AccountAdapter. Everything an adapter returns is hostile input: it is
// bounded and checked by the adapter and stored through the same identity/merge/store path.

export type AccountKind = 'local' | 'ttrss';

export interface RemoteCategory {
  readonly id: number;
  readonly title: string;
}

export interface RemoteFeed {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  /** null: not in a category. */
  readonly categoryId: number | null;
}

export interface RemoteEnclosure {
  readonly url: string;
  readonly type: string | null;
  readonly length: number | null;
}

export interface RemoteEntry {
  readonly id: number;
  readonly feedId: number;
  readonly title: string;
  readonly author: string | null;
  readonly link: string | null;
  /** ISO 8601, or null. */
  readonly published: string | null;
  readonly contentHtml: string | null;
  readonly enclosures: readonly RemoteEnclosure[];
  readonly unread: boolean;
  readonly starred: boolean;
}

/** Server-side unread and starred counts per feed: cheap to fetch, compared with ours. */
export interface RemoteCounts {
  readonly unread: ReadonlyMap<number, number>;
  readonly starred: ReadonlyMap<number, number>;
}

export type MarkField = 'read' | 'starred';

export interface MarkBatch {
  readonly field: MarkField;
  readonly value: boolean;
  readonly remoteIds: readonly number[];
}

export interface AccountAdapter {
  /** Logs in (or checks the session); throws AccountError with a sentence for people. */
  login(): Promise<void>;
  listCategories(): Promise<RemoteCategory[]>;
  listFeeds(): Promise<RemoteFeed[]>;
  /** Entries with ids above the cursor, in pages; `onPage` stores each page before the next. */
  pullEntries(
    sinceId: number,
    onPage: (entries: RemoteEntry[]) => void | Promise<void>,
  ): Promise<void>;
  counts(): Promise<RemoteCounts>;
  /** The unread article ids of one feed (all of them, paged); `expected` (from counts) lets
   * the pages be asked for at once. */
  unreadIds(feedId: number, expected?: number): Promise<number[]>;
  /** Every starred article id of the account. */
  starredIds(expected?: number): Promise<number[]>;
  pushMarks(batch: MarkBatch): Promise<void>;
  /** Marks every article of a feed read on the server. */
  catchupFeed(feedId: number): Promise<void>;
  /** Subscribes on the server; resolves with the server's feed id. */
  subscribe(url: string, categoryId: number | null): Promise<number>;
  unsubscribe(feedId: number): Promise<void>;
  /** Asks the server to fetch the feed now. */
  updateFeed(feedId: number): Promise<void>;
}

/** A failure to show as it is: one sentence, no stack. `offline` means worth retrying later. */
export class AccountError extends Error {
  override name = 'AccountError';
  readonly offline: boolean;
  constructor(message: string, offline = false) {
    super(message);
    this.offline = offline;
  }
}
