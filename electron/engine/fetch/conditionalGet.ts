// The fetch stage: one polite conditional GET of a feed, following redirects by hand, with
// limits on size, time and concurrency. Every way it can go wrong becomes a FetchOutcome with a
// sentence for people; it never throws for network reasons and leaves no socket or timer behind.
import { validateHeaderValue, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { BodyInterrupted, discardBody, parseContentCoding, readBody } from './body.ts';
import {
  acceptEncodingHeader,
  feedAcceptHeader,
  headerValue,
  parseCacheHints,
  parseRetryAfter,
} from './headers.ts';
import {
  describeSystemError,
  emptySuccessMessage,
  formatDuration,
  httpErrorMessage,
  redirectLoopMessage,
  redirectWithoutLocationMessage,
  tooLargeMessage,
  tooManyRedirectsMessage,
} from './messages.ts';
import { NonPublicAddressError } from './addressGuard.ts';
import { AddressPolicy, nonPublicMessage } from './addressPolicy.ts';
import { ConnectTimeout, openExchange } from './request.ts';
import type { ConcurrencyLimiter, FetchOptions, FetchOutcome, FetchRequest } from './types.ts';
import { defaultUserAgent } from './userAgent.ts';

export const fetchDefaults = {
  maxBytes: 20 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
} as const;

type NetworkError = Extract<FetchOutcome, { kind: 'network-error' }>;
type NetworkErrorCode = NetworkError['code'];

/** Why the exchange's internal signal fired. */
class StopReason extends Error {
  readonly code: 'timeout' | 'aborted';
  constructor(code: 'timeout' | 'aborted') {
    super(code);
    this.code = code;
  }
}

/** A failure we decided on (bad redirect, too large …), carried out of the hop loop. */
class FetchFailure extends Error {
  readonly code: NetworkErrorCode;
  constructor(code: NetworkErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** How long a redirect or error body may take to drain before we cut the socket instead. */
const discardGraceMs = 1000;

type Phase = 'queued' | 'waiting' | 'reading';

export async function conditionalGet(
  req: FetchRequest,
  opts: FetchOptions = {},
): Promise<FetchOutcome> {
  const maxBytes = positiveOr(opts.maxBytes, fetchDefaults.maxBytes);
  const connectTimeoutMs = positiveOr(opts.connectTimeoutMs, fetchDefaults.connectTimeoutMs);
  const totalTimeoutMs = positiveOr(opts.totalTimeoutMs, fetchDefaults.totalTimeoutMs);
  const maxRedirects = nonNegativeIntegerOr(opts.maxRedirects, fetchDefaults.maxRedirects);
  // The total timeout runs from the moment the first request can be sent: time spent queued for
  // a connection slot (many feeds on one host, 2 at a time) is not the server's slowness.
  let startedAt = Date.now();

  let url = parseFeedUrl(req.url);
  if (url === null) return networkError('bad-url', badUrlMessage(req.url), req.url);
  if (req.signal?.aborted) return networkError('aborted', abortedMessage, url.href);

  const exchange = new AbortController();
  const onCallerAbort = (): void => exchange.abort(new StopReason('aborted'));
  req.signal?.addEventListener('abort', onCallerAbort, { once: true });
  let deadline: NodeJS.Timeout | undefined;
  const slot = new HostSlot(opts.limiter, exchange.signal);
  const headers = requestHeaders(req, opts.userAgent ?? defaultUserAgent);
  let phase: Phase = 'queued';
  const addresses = new AddressPolicy(opts.addressGuard, req.userGiven === true);
  const chain = [url.href];

  try {
    let allPermanent = true;
    for (;;) {
      phase = 'queued';
      await slot.holdFor(url.host);
      if (deadline === undefined) {
        startedAt = Date.now();
        deadline = setTimeout(() => exchange.abort(new StopReason('timeout')), totalTimeoutMs);
      }
      phase = 'waiting';
      const agents = addresses.agentsFor(url);
      const lookup = addresses.lookupFor(url, opts.lookup);
      const open = await openExchange(
        url,
        headers,
        exchange.signal,
        connectTimeoutMs,
        agents,
        lookup,
      );
      try {
        const { response } = open;
        addresses.connectedTo(response.socket?.remoteAddress);
        const status = response.statusCode ?? 0;
        const location = headerValue(response.headers, 'location');
        if (redirectStatuses.has(status) && location !== null) {
          await discardBody(
            response,
            Math.min(discardGraceMs, remaining(startedAt, totalTimeoutMs)),
          );
          const next = resolveRedirect(location, url);
          if (status !== 301 && status !== 308) allPermanent = false;
          if (chain.includes(next.href)) {
            throw new FetchFailure('redirect-loop', redirectLoopMessage([...chain, next.href]));
          }
          if (chain.length > maxRedirects) {
            throw new FetchFailure('too-many-redirects', tooManyRedirectsMessage(maxRedirects));
          }
          chain.push(next.href);
          url = next;
          continue;
        }
        phase = 'reading';
        const permanentUrl = chain.length > 1 && allPermanent ? url.href : null;
        const outcome = await finishResponse(
          response,
          url.href,
          permanentUrl,
          maxBytes,
          startedAt,
          totalTimeoutMs,
          opts.keepEncoded === true,
        );
        return addresses.reachedPublic ? { ...outcome, reachedPublic: true } : outcome;
      } finally {
        open.close();
      }
    }
  } catch (error) {
    const failed =
      error instanceof NonPublicAddressError
        ? networkError('non-public', nonPublicMessage(error, chain.length > 1), url.href)
        : failureOutcome(error, exchange.signal, phase, url, totalTimeoutMs, connectTimeoutMs);
    return addresses.reachedPublic ? { ...failed, reachedPublic: true } : failed;
  } finally {
    clearTimeout(deadline);
    req.signal?.removeEventListener('abort', onCallerAbort);
    slot.release();
  }
}

async function finishResponse(
  response: IncomingMessage,
  finalUrl: string,
  permanentUrl: string | null,
  maxBytes: number,
  startedAt: number,
  totalTimeoutMs: number,
  keepEncoded: boolean,
): Promise<FetchOutcome> {
  const status = response.statusCode ?? 0;
  const now = new Date();
  const common = { finalUrl, permanentUrl, cache: parseCacheHints(response.headers, now) };
  const discard = (): Promise<void> =>
    discardBody(response, Math.min(discardGraceMs, remaining(startedAt, totalTimeoutMs)));

  if (status === 304) {
    await discard();
    return { ...common, kind: 'not-modified', status: 304 };
  }
  if (status === 410) {
    await discard();
    return { ...common, kind: 'gone', status: 410 };
  }
  if (status === 429 || status === 503) {
    await discard();
    const retryAfter = parseRetryAfter(headerValue(response.headers, 'retry-after'), now);
    return { ...common, kind: 'throttled', status, retryAfter };
  }
  if (status < 200 || status > 299 || status === 204 || status === 205) {
    await discard();
    const message =
      status === 204 || status === 205
        ? emptySuccessMessage(status)
        : redirectStatuses.has(status)
          ? redirectWithoutLocationMessage(status)
          : httpErrorMessage(status);
    return { ...common, kind: 'http-error', status, message };
  }

  const declaredLength = Number(headerValue(response.headers, 'content-length') ?? Number.NaN);
  if (declaredLength > maxBytes) throw new FetchFailure('too-large', tooLargeMessage(maxBytes));
  const coding = parseContentCoding(headerValue(response.headers, 'content-encoding'));
  if (coding === null) {
    throw new FetchFailure(
      'bad-encoding',
      'The server compressed the feed in a way Orrery cannot read.',
    );
  }
  // Kept compressed, the body is bounded by maxBytes as it came; the parse worker unpacks it
  // within maxBytes again (poll/bodyJob.ts).
  const passOn = keepEncoded && coding !== 'identity';
  const body = await readBody(response, passOn ? 'identity' : coding, maxBytes);
  if (body.kind === 'too-large') throw new FetchFailure('too-large', tooLargeMessage(maxBytes));
  if (body.kind === 'bad-encoding') {
    throw new FetchFailure(
      'bad-encoding',
      `The server said the feed was ${coding}-compressed, but it could not be unpacked.`,
    );
  }
  if (status !== 200 && body.bytes.length === 0) {
    return { ...common, kind: 'http-error', status, message: emptySuccessMessage(status) };
  }
  return {
    ...common,
    kind: 'ok',
    status,
    body: body.bytes,
    ...(passOn ? { coding } : {}),
    contentType: headerValue(response.headers, 'content-type'),
    etag: headerValue(response.headers, 'etag'),
    lastModified: headerValue(response.headers, 'last-modified'),
  };
}

function failureOutcome(
  error: unknown,
  signal: AbortSignal,
  phase: Phase,
  url: URL,
  totalTimeoutMs: number,
  connectTimeoutMs: number,
): NetworkError {
  const finalUrl = url.href;
  if (error instanceof FetchFailure) return networkError(error.code, error.message, finalUrl);
  const stop = signal.reason;
  if (signal.aborted && stop instanceof StopReason) {
    if (stop.code === 'aborted') return networkError('aborted', abortedMessage, finalUrl);
    const within = formatDuration(totalTimeoutMs);
    const message =
      phase === 'reading'
        ? `The server did not finish sending the feed within ${within}.`
        : phase === 'queued'
          ? `Orrery could not start fetching within ${within}: too many feeds were being fetched at once.`
          : `The server did not answer within ${within}.`;
    return networkError('timeout', message, finalUrl);
  }
  if (error instanceof ConnectTimeout) {
    return networkError(
      'connect-timeout',
      `Could not connect to ${url.hostname} within ${formatDuration(connectTimeoutMs)}.`,
      finalUrl,
    );
  }
  const errorCode =
    error instanceof BodyInterrupted ? error.errorCode : (error as NodeJS.ErrnoException)?.code;
  if (error instanceof BodyInterrupted && (errorCode === undefined || errorCode === 'ECONNRESET')) {
    return networkError(
      'other',
      `The connection to ${url.hostname} broke before the whole feed arrived.`,
      finalUrl,
    );
  }
  const described = describeSystemError(errorCode, url.hostname);
  const outcome = networkError(described.code, described.message, finalUrl);
  return described.unreached ? { ...outcome, unreached: described.unreached } : outcome;
}

/** Holds one limiter slot for the current host; a hop to another host trades it in. */
class HostSlot {
  private readonly limiter: ConcurrencyLimiter | undefined;
  private readonly signal: AbortSignal;
  private host: string | null = null;
  private releaseSlot: (() => void) | null = null;

  constructor(limiter: ConcurrencyLimiter | undefined, signal: AbortSignal) {
    this.limiter = limiter;
    this.signal = signal;
  }

  async holdFor(host: string): Promise<void> {
    if (this.limiter === undefined || this.host === host) return;
    this.release();
    this.releaseSlot = await this.limiter.acquire(host, this.signal);
    this.host = host;
  }

  release(): void {
    this.releaseSlot?.();
    this.releaseSlot = null;
    this.host = null;
  }
}

function requestHeaders(req: FetchRequest, userAgent: string): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    accept: safeHeaderValue('accept', req.accept) ?? feedAcceptHeader,
    'accept-encoding': acceptEncodingHeader,
    'user-agent': safeHeaderValue('user-agent', userAgent) ?? defaultUserAgent,
  };
  // Validators go back exactly as the server sent them; a value that cannot be sent is dropped.
  const etag = safeHeaderValue('if-none-match', req.etag);
  const lastModified = safeHeaderValue('if-modified-since', req.lastModified);
  if (etag !== null) headers['if-none-match'] = etag;
  if (lastModified !== null) headers['if-modified-since'] = lastModified;
  return headers;
}

function safeHeaderValue(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  try {
    validateHeaderValue(name, value);
    return value;
  } catch {
    return null;
  }
}

function parseFeedUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url;
}

function resolveRedirect(location: string, base: URL): URL {
  let next: URL;
  try {
    next = new URL(location, base);
  } catch {
    throw new FetchFailure('bad-url', 'The server redirected to an address that is not valid.');
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new FetchFailure(
      'bad-url',
      `The server redirected to a non-web address (${next.protocol.slice(0, 20)}); Orrery only follows http and https.`,
    );
  }
  next.hash = '';
  return next;
}

function badUrlMessage(text: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:/i.test(text)
    ? 'Orrery only fetches feeds from http and https addresses.'
    : 'This is not a valid web address.';
}

const abortedMessage = 'The fetch was cancelled.';

function networkError(code: NetworkErrorCode, message: string, finalUrl: string): NetworkError {
  return { kind: 'network-error', code, message, finalUrl };
}

function remaining(startedAt: number, totalTimeoutMs: number): number {
  return Math.max(0, startedAt + totalTimeoutMs - Date.now());
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

function nonNegativeIntegerOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : fallback;
}
