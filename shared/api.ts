// The one contract between the engine and its faces (Electron IPC, the browser preview, the CLI).
// Each method takes one argument object, validated by its zod schema wherever it crosses a
// process boundary, and resolves to the result type named beside it. Preload, IPC handlers,
// the preview bridge and the renderer's client are all derived from these tables.
import { z } from 'zod';
import {
  eventChannel,
  hostChannel,
  hostEventNames,
  hostMethodNames,
  readerChannel,
  readerEventNames,
  readerMethodNames,
  type HostEventName as HostEventNameFromList,
  type HostMethodName,
  type ReaderEventName as EventNameFromList,
  type ReaderMethodName,
} from './channels.ts';
import { withSafeMailtoFields } from './mailtoLink.ts';
import type {
  AddedFeed,
  FeedProperties,
  FeedRemoval,
  FolderRemoval,
  FoundFeeds,
  MembersSubscribed,
  PlanetMember,
  EntryDetail,
  EntryPage,
  FeedSummary,
  Folder,
  ImportReport,
  RefreshResult,
  UnreadCounts,
  EntryRow,
  FullArticle,
} from './model.ts';
import type { AccountSummary, SyncReport } from './accounts.ts';
import type { CommandId } from './commands.ts';

/** A method's argument schema and (phantom) result type. */
interface MethodSpec<A extends z.ZodType, R> {
  readonly args: A;
  /** Never read at run time: carries the result type only. */
  readonly result?: R;
}
const method =
  <A extends z.ZodType>(args: A) =>
  <R>(): MethodSpec<A, R> => ({ args });

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ids = z.array(id).max(200_000);
const url = z.string().trim().min(1).max(4096);
const folderPath = z.string().trim().max(1024);
const none = z.strictObject({});
/** A face's own name for a pending findFeeds/addFeed, so cancelRequest can abort it. */
const requestId = z.string().min(1).max(100);
const folderName = z
  .string()
  .trim()
  .min(1)
  .max(256)
  .refine((name) => !name.includes('/'), {
    message: 'a folder name cannot contain "/"',
  });
const pollInterval = z
  .number()
  .int()
  .min(5)
  .max(24 * 60);

export const entryQuerySchema = z.strictObject({
  feedId: id.optional(),
  folderId: id.optional(),
  unread: z.boolean().optional(),
  starred: z.boolean().optional(),
  search: z.string().max(500).optional(),
  sort: z.enum(['newest', 'oldest', 'relevance']).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
});

export const readerMethods = {
  listFeeds: method(none)<FeedSummary[]>(),
  listFolders: method(none)<Folder[]>(),
  unreadCounts: method(none)<UnreadCounts>(),
  /** Resolves an address to the feeds there (a feed: itself; a page: its feeds, comments last); stores nothing. */
  findFeeds: method(z.strictObject({ url, requestId: requestId.optional() }))<FoundFeeds>(),
  /** Aborts a pending findFeeds/addFeed by its requestId (it then fails with "Cancelled."). */
  cancelRequest: method(z.strictObject({ requestId }))<{ cancelled: boolean }>(),
  /** Resolves, then subscribes (a page: its first non-comments feed); an existing subscription is returned as such. */
  addFeed: method(
    z.strictObject({
      url,
      folder: folderPath.nullable().optional(),
      requestId: requestId.optional(),
      /** A server account's id: subscribe on that server (issue 10). */
      account: id.optional(),
    }),
  )<AddedFeed>(),
  /** What removeFeed would do to the feed's posts, without doing it. */
  previewRemoveFeed: method(z.strictObject({ feedId: id }))<FeedRemoval>(),
  /** Unsubscribes; posts another feed carries, and starred ones, stay. */
  removeFeed: method(z.strictObject({ feedId: id }))<{ removed: boolean } & FeedRemoval>(),
  /** Rename (title), move (folder path or folderId; null = top level), new address, own poll interval (null = default). */
  updateFeed: method(
    z.strictObject({
      feedId: id,
      title: z.string().trim().min(1).max(1024).optional(),
      folder: folderPath.nullable().optional(),
      folderId: id.nullable().optional(),
      url: url.optional(),
      pollIntervalMinutes: pollInterval.nullable().optional(),
    }),
  )<FeedSummary>(),
  /** Last and next check, last error, HTTP validators, poll interval, and what unsubscribing would do. */
  getFeedProperties: method(z.strictObject({ feedId: id }))<FeedProperties>(),
  /** Creates a folder by path ("Planets/Linux"), with any missing parents; an existing one is returned. */
  addFolder: method(z.strictObject({ path: folderPath.min(1) }))<Folder>(),
  renameFolder: method(z.strictObject({ folderId: id, name: folderName }))<Folder>(),
  /** Nests a folder in another (parentId) or moves it to the top level (null). */
  moveFolder: method(z.strictObject({ folderId: id, parentId: id.nullable() }))<Folder>(),
  /** Removes a folder and its subfolders; their feeds move up to its parent, or are unsubscribed (withFeeds). */
  removeFolder: method(z.strictObject({ folderId: id, withFeeds: z.boolean() }))<FolderRemoval>(),
  /** A planet's member blogs: from its OPML, else Atom sources, else its authors' sites. */
  planetMembers: method(z.strictObject({ feedId: id }))<PlanetMember[]>(),
  /** Subscribes the chosen members into a folder named after the planet and fetches them. */
  subscribeMembers: method(
    z.strictObject({ feedId: id, urls: z.array(url).min(1).max(1000) }),
  )<MembersSubscribed>(),
  /** OPML as file bytes (base64, so the engine decodes the file's own charset), as text, or from an address. */
  importOpml: method(
    z.union([
      z.strictObject({ base64: z.string().max(28_000_000), account: id.optional() }),
      z.strictObject({ text: z.string().max(20_000_000), account: id.optional() }),
      z.strictObject({ url, account: id.optional() }),
    ]),
  )<ImportReport>(),
  exportOpml: method(none)<{ opml: string }>(),
  /** Polls now (all feeds, or the ones named) and resolves when done. */
  refresh: method(z.strictObject({ feedIds: ids.optional() }))<RefreshResult>(),
  listEntries: method(entryQuerySchema)<EntryPage>(),
  getEntry: method(z.strictObject({ entryId: id }))<EntryDetail | null>(),
  setRead: method(z.strictObject({ entryIds: ids, read: z.boolean() }))<{ changed: number }>(),
  setStarred: method(z.strictObject({ entryIds: ids, starred: z.boolean() }))<{
    changed: number;
  }>(),
  /** Marks a view read: a feed, a folder, or (neither) everything; bounded (see markViewRead.ts). */
  markAllRead: method(
    z.strictObject({
      feedId: id.optional(),
      folderId: id.optional(),
      starred: z.boolean().optional(),
      search: z.string().max(500).optional(),
      upToEntryId: id.optional(),
    }),
  )<{ changed: number; entryIds: number[] }>(),
  // Accounts (issue 10): the local one and Tiny Tiny RSS servers.
  listAccounts: method(none)<AccountSummary[]>(),
  addAccount: method(
    z.strictObject({
      kind: z.literal('ttrss'),
      url,
      user: z.string().trim().min(1).max(256),
      password: z.string().min(1).max(4096),
    }),
  )<AccountSummary>(),
  removeAccount: method(z.strictObject({ accountId: id }))<{ removed: boolean }>(),
  /** Syncs one server account, or all of them, and resolves when done. */
  syncAccounts: method(z.strictObject({ accountId: id.optional() }))<SyncReport>(),
  /** Issue 8: downloads the post's page and keeps its article (Readability) beside the feed's version. */
  fetchFullArticle: method(z.strictObject({ entryId: id }))<{
    entryId: number;
    article: FullArticle;
  }>(),
  /** Issue 8: the per-feed setting "Fetch the full article" (for new posts of that feed). */
  setFullArticleFeed: method(z.strictObject({ feedId: id, enabled: z.boolean() }))<{
    enabled: boolean;
  }>(),
  fullArticleFeeds: method(none)<{ feedIds: number[] }>(),
} as const;

/** The API a method table describes: each method takes its schema's input, resolves to its result. */
type MethodTable = Record<string, MethodSpec<z.ZodType, unknown>>;
type ArgsIn<T extends MethodTable, M extends keyof T> = z.input<T[M]['args']>;
type ResultIn<T extends MethodTable, M extends keyof T> = Exclude<T[M]['result'], undefined>;
type ApiOf<T extends MethodTable> = {
  [M in keyof T]: (args: ArgsIn<T, M>) => Promise<ResultIn<T, M>>;
};

export type ReaderMethod = keyof typeof readerMethods;
export type ArgsOf<M extends ReaderMethod> = ArgsIn<typeof readerMethods, M>;
export type ResultOf<M extends ReaderMethod> = ResultIn<typeof readerMethods, M>;
/** What the engine's Reader implements and every face exposes. */
export type ReaderApi = ApiOf<typeof readerMethods>;

/** Events the Reader emits, pushed to renderers (IPC send / Server-Sent Events). */
export interface ReaderEvents {
  /** New posts stored by a refresh, as list rows (no content). */
  entriesAdded: {
    feedId: number;
    entries: EntryRow[];
    /** True for a feed's first successful fetch: its back catalogue, not news (no notification). */
    firstFetch: boolean;
  };
  countsChanged: UnreadCounts;
  refreshProgress: { running: boolean; done: number; total: number };
  /** One feed's status, title or counts changed. */
  feedChanged: { feed: FeedSummary };
  /** Subscriptions or folders were added, removed or moved. */
  feedsChanged: Record<string, never>;
  /** Posts or their read/star marks changed in a way no other event described (another process,
   * e.g. the CLI, wrote the data directory): reload the entry list. */
  entriesChanged: Record<string, never>;
  /** Preferences changed (this face, another face, or the CLI's `settings`). */
  preferencesChanged: { preferences: Preferences };
  /** Issue 8: every request of a refresh reached no server (or, later, one got through again). */
  offlineChanged: { offline: boolean };
}
export type ReaderEventName = keyof ReaderEvents;

export type Listener<E extends ReaderEventName> = (payload: ReaderEvents[E]) => void;

export interface ReaderEventSource {
  on<E extends ReaderEventName>(event: E, listener: Listener<E>): () => void;
}

// --- The host: what only the desktop shell (or the preview) can do. ---

export const themeSchema = z.enum(['system', 'light', 'dark']);
/** One preference: its schema and its default. */
const preference = <S extends z.ZodType>(schema: S, fallback: z.output<S>) => ({
  schema,
  fallback,
});
/** Every preference, one line each (a new one is one more line here). Stored in the data
 * directory (electron/engine/preferences/), shared by the app, the preview and the CLI. */
const preferenceTable = {
  theme: preference(themeSchema, 'system'),
  /** Widths in px of the feed pane and the entry pane; the article takes the rest. */
  paneWidths: preference(
    z.tuple([z.number().int().min(120).max(2000), z.number().int().min(200).max(3000)]),
    [260, 420],
  ),
  /** The default poll interval, for feeds without their own. */
  pollIntervalMinutes: preference(pollInterval, 60),
  closeToTray: preference(z.boolean(), true),
  notifications: preference(z.boolean(), true),
  /** Folder ids collapsed in the feed tree. */
  collapsedFolders: preference(z.array(id).max(10_000), []),
  /** Remote images: "keep" (download and keep), "open" (only when I open a post), "never". */
  remoteImages: preference(z.enum(['keep', 'open', 'never']), 'keep'),
  /** The image cache's size limit in MB (images of the oldest read posts go first). */
  imageCacheLimitMB: preference(z.number().int().min(50).max(10_000_000), 2048),
  /** Retention (issue 8): read, unstarred posts are kept this many days. */
  keepReadDays: preference(z.number().int().min(1).max(36_500), 90),
  /** Retention (issue 8): at most this many posts per feed (unread and starred always kept). */
  maxPostsPerFeed: preference(z.number().int().min(10).max(1_000_000), 1000),
};
type PreferenceTable = typeof preferenceTable;
type PreferenceName = keyof PreferenceTable;
const preferenceNames = Object.keys(preferenceTable) as PreferenceName[];

export const preferencesSchema = z.strictObject(
  Object.fromEntries(preferenceNames.map((name) => [name, preferenceTable[name].schema])) as {
    [K in PreferenceName]: PreferenceTable[K]['schema'];
  },
);
export type Preferences = z.output<typeof preferencesSchema>;
export const defaultPreferences: Preferences = Object.fromEntries(
  preferenceNames.map((name) => [name, preferenceTable[name].fallback]),
) as Preferences;

/** Only these schemes ever leave the reader for the system browser or mail client. */
export const externalUrlSchema = z
  .string()
  .max(8192)
  .refine((value) => {
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'only http, https and mailto links open outside the reader')
  .transform(withSafeMailtoFields);

export const hostMethods = {
  openExternal: method(z.strictObject({ url: externalUrlSchema }))<{ opened: boolean }>(),
  getPreferences: method(none)<Preferences>(),
  setPreferences: method(preferencesSchema.partial().strict())<Preferences>(),
} as const;

export type HostMethod = keyof typeof hostMethods;
export type HostArgsOf<M extends HostMethod> = ArgsIn<typeof hostMethods, M>;
export type HostResultOf<M extends HostMethod> = ResultIn<typeof hostMethods, M>;
export type HostApi = ApiOf<typeof hostMethods>;

/** Events the desktop shell pushes to its window (the preview has no menu, so never sends them). */
export interface HostEvents {
  /** A desktop menu item was chosen: run this command of shared/commands.ts. */
  menuCommand: { command: CommandId };
}
export type HostEventName = keyof HostEvents;

/** Every event a renderer can listen to. */
export type ClientEvents = ReaderEvents & HostEvents;
export type ClientEventName = keyof ClientEvents;
export interface ClientEventSource {
  on<E extends ClientEventName>(event: E, listener: (payload: ClientEvents[E]) => void): () => void;
}

/** What the renderer sees as `window.orrery` (preload) or gets from the preview bridge. */
export type OrreryClient = ReaderApi & HostApi & ClientEventSource;

// Channel names and the name lists live in channels.ts (no zod, for the preload); these checks
// fail to compile when a list and its table disagree in either direction.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const listsMatchTables: [
  Same<ReaderMethodName, ReaderMethod>,
  Same<HostMethodName, HostMethod>,
  Same<EventNameFromList, ReaderEventName>,
  Same<HostEventNameFromList, HostEventName>,
] = [true, true, true, true];
void listsMatchTables;

export {
  eventChannel,
  hostChannel,
  hostEventNames,
  hostMethodNames,
  readerChannel,
  readerEventNames,
  readerMethodNames,
};
