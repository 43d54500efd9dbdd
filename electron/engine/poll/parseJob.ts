// The CPU-heavy middle of a poll as one pure function: bytes -> parsed feed -> the posts the
// store ingests. It runs in the parse worker (parseWorkerPool.ts) or, as a fallback, in-thread.
import type { IncomingPost } from '../planet/incomingPost.ts';
import { isPlanetFeed, toIncomingPost } from '../planet/index.ts';
import { parseFeed } from '../parse/parseFeed.ts';
import type { ParsedFeed } from '../parse/types.ts';

export interface ParseJob {
  /** The final fetch address: base of last resort for relative URLs. */
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  readonly feedId: number;
  /** The subscription's address (after any 301 move), for identity keys and planet detection. */
  readonly feedUrl: string;
}

export type ParseJobResult =
  | {
      readonly kind: 'feed';
      /** Feed-level fields only: the entries travel as `posts`. */
      readonly feed: Omit<ParsedFeed, 'entries'>;
      readonly planet: boolean;
      readonly posts: readonly IncomingPost[];
    }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'error'; readonly message: string };

export type ParseFn = (job: ParseJob) => Promise<ParseJobResult>;

export async function parseJob(job: ParseJob): Promise<ParseJobResult> {
  const parsed = await parseFeed({ url: job.url, bytes: job.bytes, contentType: job.contentType });
  if (parsed.kind !== 'feed') return parsed;
  const { entries, ...feed } = parsed.feed;
  const planet = isPlanetFeed(parsed.feed, job.feedUrl);
  const ctx = { feedId: job.feedId, feedUrl: job.feedUrl, siteUrl: feed.siteUrl, planet };
  return { kind: 'feed', feed, planet, posts: entries.map((entry) => toIncomingPost(entry, ctx)) };
}
