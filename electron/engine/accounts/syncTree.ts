// The server's categories and feeds as the account's folders and feeds: under one folder named
// after the account, a folder per category. Feeds gone from the server go here too.
import type { Store } from '../store/index.ts';
import type { AccountRecord } from '../store/accounts.ts';
import type { LocalFeed } from './pullEntries.ts';
import type { AccountAdapter } from './types.ts';

/** "admin on 127.0.0.1:8281": what the tree shows the account's folders and feeds under. */
export function accountName(account: { url: string | null; user: string | null }): string {
  let host = account.url ?? '';
  try {
    host = new URL(host).host;
  } catch {
    // shown as stored
  }
  return folderName(`TT-RSS ${account.user ?? ''} on ${host}`);
}

/** A folder name may not hold the path separator. */
function folderName(title: string): string {
  return title.replace(/\//g, '∕').replace(/\s+/g, ' ').trim() || '?';
}

/** Returns the account's feeds by server feed id. */
export async function syncTree(
  store: Store,
  adapter: AccountAdapter,
  account: AccountRecord,
  now: Date,
): Promise<Map<number, LocalFeed>> {
  const [categories, remoteFeeds] = await Promise.all([
    adapter.listCategories(),
    adapter.listFeeds(),
  ]);
  const nowIso = now.toISOString();
  const known = new Map(
    store.accounts.accountFeeds(account.id).map((feed) => [feed.remoteId, feed]),
  );
  const planets = new Set(
    store
      .listFeedRecords()
      .filter((feed) => feed.isPlanet)
      .map((feed) => feed.id),
  );
  const feeds = new Map<number, LocalFeed>();
  store.transaction(() => {
    const root = accountName(account);
    const rootId = store.ensureFolder(root)!;
    store.accounts.markFolder(rootId, account.id, null);
    if (account.folderId !== rootId) store.accounts.updateAccount(account.id, { folderId: rootId });
    const folderOf = new Map<number, number>();
    for (const category of categories) {
      const folderId = store.ensureFolder(`${root}/${folderName(category.title)}`)!;
      store.accounts.markFolder(folderId, account.id, category.id);
      folderOf.set(category.id, folderId);
    }
    for (const remote of remoteFeeds) {
      const folderId =
        remote.categoryId === null ? rootId : (folderOf.get(remote.categoryId) ?? rootId);
      const id = store.accounts.upsertRemoteFeed(
        account.id,
        { remoteId: remote.id, url: remote.url, title: remote.title, folderId },
        nowIso,
      );
      feeds.set(remote.id, { id, url: remote.url, isPlanet: planets.has(id) });
    }
    for (const [remoteId, feed] of known) {
      if (!feeds.has(remoteId)) store.removeFeed(feed.id);
    }
    store.accounts.deleteFolders(
      store.accounts.emptyFolders(account.id, [rootId, ...folderOf.values()]),
    );
  });
  return feeds;
}
