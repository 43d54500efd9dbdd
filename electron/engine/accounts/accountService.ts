// The accounts a Reader has: adding and removing them, syncing them, and the subscription
// changes that go to a server instead of the local poller.
import type { AccountSummary, AccountSyncResult } from '../../../shared/accounts.ts';
import type { Store } from '../store/index.ts';
import type { AccountRecord } from '../store/accounts.ts';
import { localAccountId } from '../store/accountSchema.ts';
import type { CredentialStore } from './credentials.ts';
import { syncAccount } from './syncAccount.ts';
import { accountName, syncTree } from './syncTree.ts';
import { apiEndpoint } from './ttrss/client.ts';
import { ttrssAdapter } from './ttrss/adapter.ts';
import { AccountError, type AccountAdapter } from './types.ts';

export interface AccountServiceOptions {
  readonly store: Store;
  readonly credentials: CredentialStore;
  readonly now: () => Date;
  readonly userAgent?: string | undefined;
}

export class AccountService {
  readonly #options: AccountServiceOptions;
  /** One adapter (and so one server session) per account, reused across syncs. */
  readonly #adapters = new Map<number, AccountAdapter>();
  /** One sync per account at a time: a second request joins the first. */
  readonly #running = new Map<number, Promise<AccountSyncResult>>();
  readonly #failedAt = new Map<number, number>();

  constructor(options: AccountServiceOptions) {
    this.#options = options;
  }

  get #store(): Store {
    return this.#options.store;
  }

  /** Resolves when no sync is running (before the store closes). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.#running.values()]);
  }

  list(): AccountSummary[] {
    return this.#store.accounts.listAccounts().map((account) => this.#summary(account));
  }

  /** Server accounts only (the local account is polled, not synced). */
  serverAccounts(): AccountRecord[] {
    return this.#store.accounts.listAccounts().filter((account) => account.kind !== 'local');
  }

  async add(args: {
    kind: 'ttrss';
    url: string;
    user: string;
    password: string;
  }): Promise<AccountSummary> {
    const url = apiEndpoint(args.url);
    const user = args.user.trim();
    if (!user) throw new AccountError('A Tiny Tiny RSS account needs a user name.');
    const taken = this.serverAccounts().find((a) => a.url === url && a.user === user);
    if (taken) throw new AccountError(`${user} on ${url} is already account ${taken.id}.`);
    // Log in before anything is stored: a wrong password or a disabled API stores nothing.
    const adapter = ttrssAdapter(
      { url, user, password: async () => args.password },
      this.#options.userAgent,
    );
    await adapter.login();
    const id = this.#store.transaction(() => this.#store.accounts.addAccount('ttrss', url, user));
    try {
      await this.#options.credentials.set(id, args.password);
      await syncTree(
        this.#store,
        adapter,
        this.#store.accounts.getAccount(id)!,
        this.#options.now(),
      );
    } catch (error) {
      this.#store.accounts.removeAccount(id);
      await this.#options.credentials.delete(id).catch(() => {});
      throw error;
    }
    this.#adapters.set(id, adapter);
    return this.#summary(this.#store.accounts.getAccount(id)!);
  }

  async remove(accountId: number): Promise<boolean> {
    if (accountId === localAccountId) {
      throw new AccountError('The local account cannot be removed.');
    }
    await this.#running.get(accountId)?.catch(() => {});
    const removed = this.#store.accounts.removeAccount(accountId);
    this.#adapters.delete(accountId);
    if (removed) await this.#options.credentials.delete(accountId);
    return removed;
  }

  /** Syncs one account, or every server account; failures are results (error), not throws. */
  async sync(accountId?: number): Promise<AccountSyncResult[]> {
    const accounts =
      accountId === undefined ? this.serverAccounts() : [this.#accountRecord(accountId)];
    return Promise.all(accounts.map((account) => this.#syncOne(account.id)));
  }

  #syncOne(accountId: number): Promise<AccountSyncResult> {
    const running = this.#running.get(accountId);
    if (running) return running;
    const promise = syncAccount(
      {
        store: this.#store,
        adapter: this.#adapter(this.#accountRecord(accountId)),
        now: this.#options.now,
      },
      this.#accountRecord(accountId),
    )
      .then((result) => {
        if (result.error === null) this.#failedAt.delete(accountId);
        else this.#failedAt.set(accountId, this.#options.now().getTime());
        return result;
      })
      .finally(() => this.#running.delete(accountId));
    this.#running.set(accountId, promise);
    return promise;
  }

  /** Accounts to sync on a poll tick: never synced, due by the interval, or failed more than a
   * minute ago (so a sync follows soon after the server returns). While the engine knows the
   * network is down, failed accounts wait for it to return instead (resumeOnNetwork.ts). */
  due(intervalMinutes: number, offline = false): number[] {
    const now = this.#options.now().getTime();
    return this.serverAccounts()
      .filter((account) => {
        if (this.#running.has(account.id)) return false;
        const last = account.lastSyncAt === null ? 0 : Date.parse(account.lastSyncAt);
        if (account.error !== null) {
          return !offline && now - (this.#failedAt.get(account.id) ?? 0) > 60_000;
        }
        return now - last >= intervalMinutes * 60_000;
      })
      .map((account) => account.id);
  }

  /** Server accounts whose last sync failed, not syncing now. */
  failed(): number[] {
    return this.serverAccounts()
      .filter((account) => account.error !== null && !this.#running.has(account.id))
      .map((account) => account.id);
  }

  /** Subscribes each feed of an OPML document on the server (into its category where the
   * server has one of that name), asks the server to fetch them, then syncs. */
  async importInto(
    accountId: number,
    feeds: readonly { url: string; folder: readonly string[] }[],
  ): Promise<{
    added: { id: number; url: string; title: string }[];
    existing: number;
    problems: { line: null; message: string }[];
  }> {
    const account = this.#accountRecord(accountId);
    const adapter = this.#adapter(account);
    const before = new Set(this.#store.accounts.accountFeeds(accountId).map((f) => f.remoteId));
    const problems: { line: null; message: string }[] = [];
    const subscribed: number[] = [];
    for (const feed of feeds) {
      let category: number | null = null;
      try {
        category = this.#categoryFor(account, feed.folder.join('/') || null);
      } catch (error) {
        problems.push({
          line: null,
          message: `${(error as Error).message} ${feed.url} went in uncategorised.`,
        });
      }
      try {
        const remoteId = await adapter.subscribe(feed.url, category);
        if (!subscribed.includes(remoteId)) subscribed.push(remoteId);
      } catch (error) {
        if (!(error instanceof AccountError) || error.offline) throw error;
        problems.push({ line: null, message: error.message });
      }
    }
    for (const remoteId of subscribed) {
      if (!before.has(remoteId)) await adapter.updateFeed(remoteId);
    }
    await this.#syncOne(accountId);
    const now = this.#store.accounts.accountFeeds(accountId);
    const added = now
      .filter((f) => subscribed.includes(f.remoteId) && !before.has(f.remoteId))
      .map((f) => ({ id: f.id, url: f.url, title: f.title }));
    return { added, existing: subscribed.filter((id) => before.has(id)).length, problems };
  }

  /** Subscribes on the server, has it fetch the feed now, and brings the tree and entries in. */
  async subscribe(
    accountId: number,
    url: string,
    folder: string | null,
  ): Promise<{ id: number; url: string; title: string }> {
    const account = this.#accountRecord(accountId);
    const adapter = this.#adapter(account);
    const remoteId = await adapter.subscribe(url, this.#categoryFor(account, folder));
    await adapter.updateFeed(remoteId);
    await this.#syncOne(accountId);
    const feed = this.#store.accounts.accountFeeds(accountId).find((f) => f.remoteId === remoteId);
    if (!feed) throw new AccountError(`The server subscribed to ${url} but does not list it.`);
    return { id: feed.id, url: feed.url, title: feed.title };
  }

  async unsubscribe(accountId: number, feedId: number): Promise<boolean> {
    const account = this.#accountRecord(accountId);
    const feed = this.#store.accounts.accountFeeds(accountId).find((f) => f.id === feedId);
    if (!feed) return false;
    await this.#adapter(account).unsubscribe(feed.remoteId);
    return this.#store.removeFeed(feedId);
  }

  /** Renaming and moving have no call in the TT-RSS API (level 15): said, not faked. */
  refuseEdit(): never {
    throw new AccountError(
      'The Tiny Tiny RSS API has no call to rename a feed or move it to another category: do it on the server, and Orrery shows it after the next sync.',
    );
  }

  /** A server account's folders are its categories: the TT-RSS API cannot rename, move or
   * delete one (remove the account, or change it on the server). */
  refuseFolderEdit(folderId: number): void {
    if (this.#store.accounts.folderAccount(folderId) === null) return;
    throw new AccountError(
      "This folder is a Tiny Tiny RSS server's category, and its API has no call to rename, move or remove one: do it on the server, and Orrery shows it after the next sync.",
    );
  }

  /** The server's category with this folder name (the API cannot create one), or none. */
  #categoryFor(account: AccountRecord, folder: string | null): number | null {
    const name = folder?.split('/').pop()?.trim();
    if (!name) return null;
    const root = accountName(account);
    const match = this.#store
      .listFolders()
      .find((f) => f.path === `${root}/${name}` || f.path === name);
    const remote = match ? this.#store.accounts.folderRemoteId(match.id, account.id) : null;
    if (remote === null) {
      throw new AccountError(
        `The Tiny Tiny RSS server has no category "${name}", and its API cannot create one: create it on the server first.`,
      );
    }
    return remote;
  }

  #accountRecord(accountId: number): AccountRecord {
    const account = this.#store.accounts.getAccount(accountId);
    if (!account || account.kind === 'local') {
      throw new AccountError(`There is no server account ${accountId}.`);
    }
    return account;
  }

  #adapter(account: AccountRecord): AccountAdapter {
    let adapter = this.#adapters.get(account.id);
    if (!adapter) {
      const credentials = this.#options.credentials;
      adapter = ttrssAdapter(
        {
          url: account.url!,
          user: account.user!,
          password: async () => {
            const secret = await credentials.get(account.id);
            if (secret === null) {
              throw new AccountError(
                'Orrery has no password for this account any more: remove it and add it again.',
              );
            }
            return secret;
          },
        },
        this.#options.userAgent,
      );
      this.#adapters.set(account.id, adapter);
    }
    return adapter;
  }

  #summary(account: AccountRecord): AccountSummary {
    const local = account.kind === 'local';
    return {
      id: account.id,
      kind: account.kind,
      url: account.url,
      user: account.user,
      name: local ? 'Local' : accountName(account),
      lastSyncAt: account.lastSyncAt,
      error: account.error,
      pendingMarks: local ? 0 : this.#store.accounts.pendingCount(account.id),
      passwordStorage: local ? null : this.#options.credentials.where,
    };
  }
}
