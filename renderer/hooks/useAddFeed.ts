// Adding a subscription: resolve first (progress shown, cancellable), offer a choice when a page
// has several feeds, subscribe the chosen one, select it. Nothing is stored for a refused address.
import { useCallback, useRef, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import type { FeedCandidate, FoundFeeds } from '../../shared/model.ts';
import type { View } from '../state/views.ts';

export type AddFeedPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'working'; readonly label: string; readonly requestId: string }
  | { readonly phase: 'choosing'; readonly found: FoundFeeds };

export interface AddFeed {
  readonly state: AddFeedPhase;
  readonly error: string;
  /** The folder path new feeds go into ('' = top level). */
  readonly folder: string;
  readonly setFolder: (path: string) => void;
  /** Resolves what was typed; resolves true once a feed is subscribed (the field may empty). */
  readonly submit: (typed: string) => Promise<boolean>;
  readonly choose: (candidate: FeedCandidate) => Promise<boolean>;
  readonly cancel: () => void;
}

/** "https://example.org/blog/" -> "example.org/blog": the address as people say it. */
export function spokenAddress(typed: string): string {
  return typed
    .trim()
    .replace(/^feed:(\/\/)?/i, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/$/, '');
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

let requests = 0;

export function useAddFeed(
  client: OrreryClient,
  loadFeeds: () => Promise<void>,
  selectView: (view: View) => void,
): AddFeed {
  const [state, setState] = useState<AddFeedPhase>({ phase: 'idle' });
  const [error, setError] = useState('');
  const [folder, setFolder] = useState('');
  /** The request whose answer still matters (a cancelled one's does not). */
  const current = useRef('');

  /** Shows progress; a new request unless one is given (the lookup goes on to subscribe). */
  const start = (label: string, ongoing?: string): string => {
    const requestId = ongoing ?? `add-feed-${++requests}`;
    current.current = requestId;
    setError('');
    setState({ phase: 'working', label, requestId });
    return requestId;
  };

  const subscribe = useCallback(
    async (candidate: FeedCandidate, ongoing?: string): Promise<boolean> => {
      if (candidate.subscribedFeedId !== null) {
        setState({ phase: 'idle' });
        setError(`Already subscribed: ${candidate.title || candidate.url}`);
        selectView({ kind: 'feed', id: candidate.subscribedFeedId });
        return true;
      }
      const label = `Subscribing to ${candidate.title || spokenAddress(candidate.url)}…`;
      const requestId = start(label, ongoing);
      const added = await client.addFeed({ url: candidate.url, folder: folder || null, requestId });
      if (current.current !== requestId) return false;
      await loadFeeds();
      setState({ phase: 'idle' });
      selectView({ kind: 'feed', id: added.id });
      return true;
    },
    [client, folder, loadFeeds, selectView],
  );

  /** Shows a failure next to the field, unless its request was cancelled or replaced. */
  const failed = useCallback((requestId: string, failure: unknown): false => {
    if (current.current === requestId) {
      setState({ phase: 'idle' });
      setError(messageOf(failure));
    }
    return false;
  }, []);

  const submit = useCallback(
    async (typed: string) => {
      const requestId = start(`Looking for a feed at ${spokenAddress(typed)}…`);
      try {
        const found = await client.findFeeds({ url: typed.trim(), requestId });
        if (current.current !== requestId) return false;
        const [only, ...others] = found.candidates;
        if (!only) throw new Error(`No feed was found at ${spokenAddress(typed)}.`);
        if (others.length === 0) return await subscribe(only, requestId);
        setState({ phase: 'choosing', found });
        return false;
      } catch (failure) {
        return failed(requestId, failure);
      }
    },
    [client, subscribe, failed],
  );

  const choose = useCallback(
    async (candidate: FeedCandidate) => {
      const requestId = `add-feed-${++requests}`;
      try {
        return await subscribe(candidate, requestId);
      } catch (failure) {
        return failed(requestId, failure);
      }
    },
    [subscribe, failed],
  );

  const cancel = useCallback(() => {
    const requestId = current.current;
    current.current = '';
    setState({ phase: 'idle' });
    setError('');
    if (requestId) client.cancelRequest({ requestId }).catch(() => undefined);
  }, [client]);

  return { state, error, folder, setFolder, submit, choose, cancel };
}
