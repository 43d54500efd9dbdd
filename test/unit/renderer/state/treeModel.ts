// Feeds and folders as the engine lists them, for the tree-model tests (views, treeRows).
import type { FeedSummary, Folder } from '../../../../shared/model.ts';

export const feed = (
  id: number,
  title: string,
  folderId: number | null,
  unread = 0,
): FeedSummary => ({
  id,
  url: `http://127.0.0.1/${id}.xml`,
  title,
  siteUrl: null,
  folder: null,
  folderId,
  unread,
  total: unread,
  status: 'ok',
  error: null,
  lastCheckedAt: null,
  nextCheckAt: null,
  retryAfter: null,
});

export const folder = (id: number, name: string, parentId: number | null = null): Folder => ({
  id,
  name,
  parentId,
  path: name,
});
