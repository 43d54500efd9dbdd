// Account shapes that cross the process boundary (IPC, the preview bridge, CLI JSON).

export type AccountKind = 'local' | 'ttrss';

export interface AccountSummary {
  readonly id: number;
  readonly kind: AccountKind;
  /** The server's address (null for the local account). */
  readonly url: string | null;
  readonly user: string | null;
  /** What the tree shows the account's folders and feeds under. */
  readonly name: string;
  readonly lastSyncAt: string | null;
  /** The last sync's failure, as a sentence; null when it worked. */
  readonly error: string | null;
  /** Marks made here and not yet on the server. */
  readonly pendingMarks: number;
  /** Where its password is kept, in words (keychain or a 0600 file). */
  readonly passwordStorage: string | null;
}

export interface AccountSyncResult {
  readonly account: number;
  readonly pulled: { readonly feeds: number; readonly entries: number; readonly marks: number };
  readonly pushed: { readonly marks: number };
  readonly error: string | null;
  readonly lastSyncAt: string | null;
}

export interface SyncReport {
  readonly accounts: readonly AccountSyncResult[];
}
