// Which dialog is open, and about what. One at a time: a dialog's own buttons may open the next.
import type { FeedSummary, Folder, ImportReport } from '../../shared/model.ts';

export type DialogRequest =
  | { readonly kind: 'renameFeed'; readonly feed: FeedSummary }
  | { readonly kind: 'moveFeed'; readonly feed: FeedSummary }
  | { readonly kind: 'unsubscribe'; readonly feed: FeedSummary }
  | { readonly kind: 'properties'; readonly feed: FeedSummary }
  | { readonly kind: 'members'; readonly feed: FeedSummary }
  | { readonly kind: 'newFolder'; readonly parent: Folder | null }
  | { readonly kind: 'renameFolder'; readonly folder: Folder }
  | { readonly kind: 'moveFolder'; readonly folder: Folder }
  | { readonly kind: 'removeFolder'; readonly folder: Folder }
  | { readonly kind: 'importOpml' }
  | { readonly kind: 'importReport'; readonly title: string; readonly report: ImportReport };

export type OpenDialog = (request: DialogRequest | null) => void;
