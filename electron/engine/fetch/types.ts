import type { LookupFunction } from 'node:net';
// What one polite GET of a feed address can come to. The poller decides what each means
// for the subscription (new address, backoff, gone); fetch only reports.
import type { AddressGuard } from './addressGuard.ts';
import type { ContentCoding } from './body.ts';

export interface FetchRequest {
  readonly url: string;
  /** Validators from the last 200, sent back verbatim. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly signal?: AbortSignal;
  /** Accept header; default: feed types. Pages (full articles) ask for HTML; images their own. */
  readonly accept?: string;
  /**
   * The user typed or imported this address (or it came, without touching the internet, from one
   * they did): it may be on this computer or a private network. Default false. Ignored without
   * an addressGuard.
   */
  readonly userGiven?: boolean;
}

export interface FetchOptions {
  /** Limit on the decompressed body; a larger body ends as error `too-large`. Default 20 MiB. */
  readonly maxBytes?: number;
  /** Default 10 s. */
  readonly connectTimeoutMs?: number;
  /** The whole exchange, including a body that trickles forever. Default 30 s. */
  readonly totalTimeoutMs?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  /** Name resolution for the sockets (default: the system's); tests make the network vanish. */
  readonly lookup?: LookupFunction;
  /** Shared per-host and global concurrency limits. */
  readonly limiter?: ConcurrencyLimiter;
  /** The SSRF guard (addressGuard.ts); the engine always sets one. Without it nothing is checked. */
  readonly addressGuard?: AddressGuard;
  /**
   * Hand a compressed body over as it came (`coding` on the outcome), bounded by maxBytes raw:
   * the parse worker unpacks it within maxBytes (poll/bodyJob.ts). Default false: unpacked here.
   */
  readonly keepEncoded?: boolean;
}

export interface ConcurrencyLimiter {
  /** Resolves when a slot for this host is free; call the returned function to free it. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
}

/** Caching hints from the response, used by the scheduler. */
export interface CacheHints {
  /** Cache-Control max-age in seconds (s-maxage ignored), or null. */
  readonly maxAgeSeconds: number | null;
  /** Expires header as ISO time, or null. */
  readonly expires: string | null;
}

interface Common {
  /** The address after redirects. */
  readonly finalUrl: string;
  /** Set when every redirect hop was permanent (301/308): the subscription should move here. */
  readonly permanentUrl: string | null;
  readonly cache: CacheHints;
  /** Some hop connected to a public address: what it led to is not the user's own (addressGuard.ts). */
  readonly reachedPublic?: boolean;
}

export type FetchOutcome =
  | (Common & {
      readonly kind: 'ok';
      readonly status: number;
      readonly body: Uint8Array;
      /** The body is still compressed so (FetchOptions.keepEncoded); absent: as it is. */
      readonly coding?: ContentCoding;
      readonly contentType: string | null;
      readonly etag: string | null;
      readonly lastModified: string | null;
    })
  | (Common & { readonly kind: 'not-modified'; readonly status: 304 })
  | (Common & { readonly kind: 'gone'; readonly status: 410 })
  | (Common & {
      readonly kind: 'throttled';
      readonly status: number;
      /** ISO time from Retry-After (seconds or HTTP date), or null when absent/unparseable. */
      readonly retryAfter: string | null;
    })
  | (Common & { readonly kind: 'http-error'; readonly status: number; readonly message: string })
  | {
      readonly kind: 'network-error';
      readonly code:
        | 'connect-timeout'
        | 'timeout'
        | 'too-large'
        | 'redirect-loop'
        | 'too-many-redirects'
        | 'refused'
        | 'dns'
        | 'tls'
        | 'bad-url'
        | 'bad-encoding'
        | 'non-public'
        | 'aborted'
        | 'other';
      /** A sentence for people, e.g. "The server did not answer within 30 seconds." */
      readonly message: string;
      /** The request reached no server: 'network' (no route, DNS unanswered: the network is
       * down) or 'host' (this name or host is unknown or unreachable). See poll/offline.ts. */
      readonly unreached?: 'network' | 'host';
      readonly finalUrl: string;
      readonly reachedPublic?: boolean;
    };
