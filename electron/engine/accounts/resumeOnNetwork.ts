// Sync resumes when the network returns. The engine's polls notice it (offlineChanged with
// offline false: a poll got through again); every server account whose last sync failed then
// syncs at once, rather than at its next retry.
import type { ReaderEventSource } from '../../../shared/api.ts';

export interface FailedAccounts {
  /** Server accounts whose last sync ended in an error. */
  failed(): number[];
}

/** Starts listening; returns the function that stops it. */
export function resumeWhenOnline(
  events: Pick<ReaderEventSource, 'on'>,
  accounts: FailedAccounts,
  sync: (accountId: number) => void,
): () => void {
  return events.on('offlineChanged', ({ offline }) => {
    if (offline) return;
    for (const accountId of accounts.failed()) sync(accountId);
  });
}
