// The Tiny Tiny RSS JSON API over HTTP: POST {op, sid, …} to …/api/. One session id is reused
// until the server answers NOT_LOGGED_IN, then Orrery logs in once more and repeats the call.
// TT-RSS binds a session to the User-Agent, so ours never changes. Responses are hostile input:
// bounded in size and time, parsed as JSON only after that.
import { defaultUserAgent } from '../../fetch/userAgent.ts';
import { AccountError } from '../types.ts';

/** Headlines with content, 200 at a time, stay well under this. */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const TIMEOUT_MS = 60_000;
/** getHeadlines paging, attachments and categories as we use them. */
const MIN_API_LEVEL = 8;

export interface TtrssCredentials {
  readonly url: string;
  readonly user: string;
  readonly password: () => Promise<string>;
}

export class TtrssClient {
  readonly #endpoint: string;
  readonly #credentials: TtrssCredentials;
  readonly #userAgent: string;
  #sessionId: string | null = null;
  #loggingIn: Promise<void> | null = null;

  constructor(credentials: TtrssCredentials, userAgent = defaultUserAgent) {
    this.#endpoint = apiEndpoint(credentials.url);
    this.#credentials = credentials;
    this.#userAgent = userAgent;
  }

  async login(): Promise<void> {
    const password = await this.#credentials.password();
    const content = await this.#post({
      op: 'login',
      user: this.#credentials.user,
      password,
    });
    const sessionId = (content as { session_id?: unknown }).session_id;
    const level = (content as { api_level?: unknown }).api_level;
    if (typeof sessionId !== 'string' || !/^[\w,-]{1,256}$/.test(sessionId)) {
      throw new AccountError(`${this.#endpoint} answered the login without a session.`);
    }
    if (typeof level === 'number' && level < MIN_API_LEVEL) {
      throw new AccountError(
        `The Tiny Tiny RSS server speaks API level ${level}; Orrery needs ${MIN_API_LEVEL} or later.`,
      );
    }
    this.#sessionId = sessionId;
  }

  /** One API call in the current session (logging in first, or again when the session ended). */
  async call(op: string, params: Record<string, unknown> = {}): Promise<unknown> {
    if (!this.#sessionId) await this.#sharedLogin(null);
    const sessionId = this.#sessionId;
    try {
      return await this.#post({ ...params, op, sid: sessionId });
    } catch (error) {
      if (!(error instanceof NotLoggedIn)) throw error;
      await this.#sharedLogin(sessionId);
      return this.#post({ ...params, op, sid: this.#sessionId });
    }
  }

  /** Calls made at once that find no session (or the same ended one) share one login. */
  #sharedLogin(ended: string | null): Promise<void> {
    if (this.#sessionId !== ended) return Promise.resolve();
    this.#loggingIn ??= this.login().finally(() => {
      this.#loggingIn = null;
    });
    return this.#loggingIn;
  }

  async #post(body: Record<string, unknown>): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(this.#endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': this.#userAgent },
        body: JSON.stringify(body),
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new AccountError(
        `Orrery could not reach the Tiny Tiny RSS server at ${this.#endpoint} (${reason(error)}).`,
        true,
      );
    }
    const text = await readBounded(response, this.#endpoint);
    if (!response.ok) {
      throw new AccountError(
        `${this.#endpoint} answered HTTP ${response.status}; is this a Tiny Tiny RSS API address?`,
        response.status >= 500,
      );
    }
    let reply: unknown;
    try {
      reply = JSON.parse(text);
    } catch {
      throw new AccountError(
        `${this.#endpoint} is not a Tiny Tiny RSS API: it did not answer in JSON.`,
      );
    }
    return unwrap(reply, this.#endpoint);
  }
}

class NotLoggedIn extends Error {}

/** "https://host/tt-rss" or ".../api/" -> ".../api/" */
export function apiEndpoint(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AccountError('A Tiny Tiny RSS address starts with http:// or https://.');
  }
  parsed.hash = '';
  parsed.search = '';
  parsed.username = '';
  parsed.password = '';
  const path = parsed.pathname.replace(/\/+$/, '');
  parsed.pathname = /\/api$/.test(path) ? `${path}/` : `${path}/api/`;
  return parsed.toString();
}

function unwrap(reply: unknown, endpoint: string): unknown {
  if (typeof reply !== 'object' || reply === null || !('status' in reply)) {
    throw new AccountError(`${endpoint} is not a Tiny Tiny RSS API: its answer has no status.`);
  }
  const { status, content } = reply as { status: unknown; content: unknown };
  if (status === 0) return content ?? {};
  const code = String((content as { error?: unknown } | null)?.error ?? 'UNKNOWN').slice(0, 64);
  switch (code) {
    case 'NOT_LOGGED_IN':
      throw new NotLoggedIn();
    case 'LOGIN_ERROR':
      throw new AccountError('The Tiny Tiny RSS server refused this user name and password.');
    case 'API_DISABLED':
      throw new AccountError(
        'The API is disabled for this user on the Tiny Tiny RSS server: turn on "Enable API" in its preferences.',
      );
    default:
      throw new AccountError(`The Tiny Tiny RSS server answered ${code.replace(/[^\w-]/g, '?')}.`);
  }
}

async function readBounded(response: Response, endpoint: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new AccountError(`${endpoint} sent an answer larger than Orrery accepts.`);
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > MAX_RESPONSE_BYTES) {
        await response.body.cancel().catch(() => {});
        throw new AccountError(`${endpoint} sent an answer larger than Orrery accepts.`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof AccountError) throw error;
    throw new AccountError(`The connection to ${endpoint} broke (${reason(error)}).`, true);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const text = cause?.code ?? cause?.message ?? (error as Error | null)?.message ?? error;
  return String(text).slice(0, 200);
}
