// The fetches one user request makes (subscribing, importing from an address, listing a planet's
// members) share one trust: addresses may be on this computer or a private network while the
// request started from the user's own address and none of its fetches has reached the internet.
// A public page that links to a private address cannot lend it the user's trust.
import { conditionalGet } from './conditionalGet.ts';
import type { FetchOptions, FetchOutcome } from './types.ts';

export interface RequestFetch {
  (url: string, signal?: AbortSignal): Promise<FetchOutcome>;
  /** What was found may be stored as the user's own (FeedRecord.privateOk). */
  readonly privateOk: boolean;
}

export function requestFetch(options: FetchOptions, userGiven: boolean): RequestFetch {
  let trusted = userGiven;
  const fetch = async (url: string, signal?: AbortSignal): Promise<FetchOutcome> => {
    const outcome = await conditionalGet(
      { url, userGiven: trusted, ...(signal ? { signal } : {}) },
      options,
    );
    if (outcome.reachedPublic) trusted = false;
    return outcome;
  };
  return Object.defineProperty(fetch, 'privateOk', { get: () => trusted }) as RequestFetch;
}
