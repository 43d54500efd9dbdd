// Plain data shapes that cross the process boundary (IPC, the preview bridge, CLI JSON).
// Dates are ISO 8601 strings so that every face serialises them the same way.

/** ok: last poll succeeded; error: last poll failed (see `error`); gone: HTTP 410, no longer polled;
 * new: never fetched successfully (with `error` set when a first try could not reach it: offline, will retry). */
export type FeedStatus = 'ok' | 'error' | 'gone' | 'new';

export interface Folder {
  readonly id: number;
  readonly name: string;
  readonly parentId: number | null;
  /** Slash-joined names from the root, e.g. "Planets/Linux Australia". */
  readonly path: string;
}

export interface FeedSummary {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  readonly siteUrl: string | null;
  /** Folder path ("Planets/Linux Australia") or null for top level. */
  readonly folder: string | null;
  readonly folderId: number | null;
  readonly unread: number;
  readonly total: number;
  readonly status: FeedStatus;
  /** A sentence for people when status is error or gone, e.g. "The server answered 500 Internal Server Error." */
  readonly error: string | null;
  readonly lastCheckedAt: string | null;
  readonly nextCheckAt: string | null;
  /** Set while the server asked us (429/503 Retry-After) not to come back before this time. */
  readonly retryAfter: string | null;
  /** The account it belongs to: 1 (or absent) is the local account, others a server's. */
  readonly account?: number;
  /** Its icon is in Orrery's cache (/cache/icon?feed=ID); absent: the faces show a letter badge. */
  readonly hasIcon?: boolean;
  /** An aggregator of other blogs' posts: those without their own subscription show their site's icon. */
  readonly isPlanet?: boolean;
}

/** One post as listed: no content, so lists stay small. */
export interface EntryRow {
  readonly id: number;
  readonly title: string;
  readonly author: string | null;
  readonly url: string | null;
  readonly published: string;
  readonly read: boolean;
  readonly starred: boolean;
  /** Every subscribed feed that carried this post, the author's own blog before planets. */
  readonly feeds: readonly number[];
  /** With a search: the words around the first match, as plain text. */
  readonly snippet?: string;
}

export interface EntryDetail extends EntryRow {
  /** Stored HTML, untrusted: the renderer sanitises it before showing it. */
  readonly contentHtml: string | null;
  readonly summary: string | null;
  readonly enclosures: readonly Enclosure[];
  /** The post's page as Readability extracted it (issue 8), beside the feed's version; untrusted HTML. */
  readonly fullArticle?: FullArticle | null;
}

/** A full article fetched from a post's page: html, or null with a sentence why (no article found). */
export interface FullArticle {
  readonly url: string;
  readonly fetchedAt: string;
  readonly html: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly problem: string | null;
}

export interface Enclosure {
  readonly url: string;
  readonly type: string | null;
  readonly length: number | null;
}

export interface EntryQuery {
  readonly feedId?: number | undefined;
  readonly folderId?: number | undefined;
  readonly unread?: boolean | undefined;
  readonly starred?: boolean | undefined;
  /** Full-text search over title, author and text. */
  readonly search?: string | undefined;
  /** newest (default), oldest first, or relevance (with a search). */
  readonly sort?: 'newest' | 'oldest' | 'relevance' | undefined;
  readonly offset?: number | undefined;
  readonly limit?: number | undefined;
}

export interface EntryPage {
  /** How many entries match the query in all (for the virtual list's height). */
  readonly total: number;
  /** A search stopped at `total` matches: there are more ("1000+ found"). */
  readonly capped?: boolean;
  readonly offset: number;
  readonly entries: readonly EntryRow[];
  /** The newest post stored when this page was read: markAllRead up to it leaves later arrivals alone. */
  readonly upToEntryId: number;
}

export interface FeedRefreshResult {
  readonly id: number;
  readonly url: string;
  readonly status: FeedStatus;
  /** HTTP status of the last response, or null when none came (timeout, refused). */
  readonly httpStatus: number | null;
  readonly newEntries: number;
  readonly error: string | null;
}

export interface RefreshResult {
  /** 'offline': no request reached any server (no network); no feed was marked failed for it. */
  readonly status?: 'ok' | 'offline';
  readonly feeds: readonly FeedRefreshResult[];
}

export interface ImportProblem {
  /** 1-based line in the OPML file, when known. */
  readonly line: number | null;
  readonly message: string;
}

export interface ImportReport {
  readonly added: readonly { id: number; url: string; title: string }[];
  /** Already subscribed (same address), left as they were. */
  readonly existing: number;
  readonly problems: readonly ImportProblem[];
}

export interface UnreadCounts {
  readonly feeds: Readonly<Record<number, number>>;
  readonly allUnread: number;
  readonly starred: number;
}

// --- Managing subscriptions and folders (issue 6) ---

/** The kind of feed document a candidate is. */
export type FeedType = 'rss' | 'atom' | 'json';

/** One feed found at an address: the address itself when it is a feed, else a page's discovered feeds. */
export interface FeedCandidate {
  readonly url: string;
  readonly title: string;
  readonly type: FeedType;
  /** A comments feed (listed last). */
  readonly comments: boolean;
  /** The subscription that already has this address, if any. */
  readonly subscribedFeedId: number | null;
}

export interface FoundFeeds {
  /** The address as resolved (scheme added, feed: removed, redirects followed). */
  readonly address: string;
  readonly candidates: readonly FeedCandidate[];
}

export interface AddedFeed {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  /** True when the address was already subscribed: nothing was added, this is the existing feed. */
  readonly alreadySubscribed: boolean;
}

/** What unsubscribing a feed does (or did) to its posts. */
export interface FeedRemoval {
  /** Posts deleted with the feed. */
  readonly deletedPosts: number;
  /** Posts that stay because another subscription carries them too. */
  readonly keptShared: number;
  /** Posts only this feed carried that stay because they are starred. */
  readonly keptStarred: number;
}

/** Everything the Properties dialog shows about one feed. */
export interface FeedProperties {
  readonly feed: FeedSummary;
  /** The feed's own poll interval; null means the default from preferences. */
  readonly pollIntervalMinutes: number | null;
  readonly defaultPollIntervalMinutes: number;
  /** HTTP validators sent back on the next poll. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly addedAt: string;
  readonly isPlanet: boolean;
  /** What Unsubscribe… would do to its posts now. */
  readonly removal: FeedRemoval;
}

export interface FolderRemoval {
  /** The folder and its subfolders. */
  readonly removedFolders: number;
  /** Feeds moved up to the removed folder's parent. */
  readonly movedFeeds: number;
  /** Feeds unsubscribed with the folder (withFeeds). */
  readonly removedFeeds: number;
}

/** A member blog of a planet. */
export interface PlanetMember {
  readonly title: string;
  /** The member's feed address. */
  readonly url: string;
  readonly siteUrl: string | null;
  readonly subscribed: boolean;
}

export interface MembersSubscribed {
  /** The folder they went into (named after the planet). */
  readonly folder: string;
  readonly added: readonly { id: number; url: string; title: string }[];
  readonly existing: number;
  readonly problems: readonly { url: string; message: string }[];
}
