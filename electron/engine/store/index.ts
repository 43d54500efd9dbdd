// The store's public face.
export { openStore } from './openStore.ts';
export { StoreVersionError } from './database.ts';
export { toFtsQuery } from './ftsQuery.ts';
export {
  FeedUrlTakenError,
  type FeedPatch,
  type FeedRecord,
  type FeedToRefresh,
  type NewFeed,
  type SaveResult,
  type Store,
} from './types.ts';
