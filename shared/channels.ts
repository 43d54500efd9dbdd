// The method and event names of the contract, with no dependencies, so the sandboxed preload can
// carry them without zod. shared/api.ts checks at compile time that these lists match its tables
// exactly, so a method cannot exist on one side only.

export const readerMethodNames = [
  'listFeeds',
  'listFolders',
  'unreadCounts',
  'findFeeds',
  'cancelRequest',
  'addFeed',
  'previewRemoveFeed',
  'removeFeed',
  'updateFeed',
  'getFeedProperties',
  'addFolder',
  'renameFolder',
  'moveFolder',
  'removeFolder',
  'planetMembers',
  'subscribeMembers',
  'importOpml',
  'exportOpml',
  'refresh',
  'listEntries',
  'getEntry',
  'setRead',
  'setStarred',
  'markAllRead',
  'listAccounts',
  'addAccount',
  'removeAccount',
  'syncAccounts',
  'fetchFullArticle',
  'setFullArticleFeed',
  'fullArticleFeeds',
] as const;

export const hostMethodNames = ['openExternal', 'getPreferences', 'setPreferences'] as const;

export const readerEventNames = [
  'entriesAdded',
  'countsChanged',
  'refreshProgress',
  'feedChanged',
  'feedsChanged',
  'entriesChanged',
  'preferencesChanged',
  'offlineChanged',
] as const;

/** Events from the desktop shell itself (never from the engine): the menu's commands. */
export const hostEventNames = ['menuCommand'] as const;

export type ReaderMethodName = (typeof readerMethodNames)[number];
export type HostMethodName = (typeof hostMethodNames)[number];
export type ReaderEventName = (typeof readerEventNames)[number];
export type HostEventName = (typeof hostEventNames)[number];

export const readerChannel = (m: ReaderMethodName): string => `reader:${m}`;
export const hostChannel = (m: HostMethodName): string => `host:${m}`;
export const eventChannel = (e: ReaderEventName | HostEventName): string => `event:${e}`;

/** The browser preview's POST requests carry its token in this header (electron/preview/). */
export const previewTokenHeader = 'x-orrery-token';
