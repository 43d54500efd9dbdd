// The real Tiny Tiny RSS server for integration tests, e2e and the bench: started once per
// machine by start.sh (idempotent), one fresh TT-RSS user per test so tests never share state.
// Where it cannot run (not root, or no apt), tests skip with a loud message, except in CI
// (CI=true), where a missing server is a failure.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = new URL('.', import.meta.url).pathname;
export const ttrssBase = process.env.ORRERY_TTRSS_BASE ?? '/tmp/orrery-ttrss';
const pgPort = process.env.ORRERY_TTRSS_PG_PORT ?? '5434';
const userAgent = 'Orrery test client (second API session)';

export interface TtrssServer {
  readonly apiUrl: string;
}

let started: Promise<TtrssServer | string> | null = null;

/** Starts the server (once per process); resolves with it, or with why it cannot run here. */
export function ttrss(): Promise<TtrssServer | string> {
  started ??= (async () => {
    if (process.getuid?.() !== 0) return 'Tiny Tiny RSS tests need root (apt, port 80, www-data)';
    if (!existsSync('/usr/bin/apt-get') && !existsSync('/usr/share/tt-rss/www'))
      return 'Tiny Tiny RSS tests need apt (Debian) to install tt-rss, PHP and PostgreSQL';
    const { stdout } = await run('bash', [join(here, 'start.sh')], { timeout: 600_000 });
    const apiUrl = stdout.trim().split('\n').pop()!;
    return { apiUrl };
  })();
  return started;
}

/** The test's `skip` option: false when the server runs; a loud reason (or a CI failure) when not. */
export async function ttrssOrSkip(): Promise<TtrssServer | null> {
  const server = await ttrss();
  if (typeof server !== 'string') return server;
  if (process.env.CI) throw new Error(`CI: ${server}; .ci/run must make it available`);
  process.stderr.write(`\n*** SKIPPING Tiny Tiny RSS tests: ${server} ***\n\n`);
  return null;
}

/** SQL on the server's database as its owner (for setting up users and checking state). */
export function psql(sql: string): string {
  return execFileSync(
    'psql',
    [
      '-h',
      '127.0.0.1',
      '-p',
      pgPort,
      '-U',
      'ttrss',
      '-d',
      'ttrss',
      '-qAt',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      sql,
    ],
    { env: { ...process.env, PGPASSWORD: 'ttrss' }, encoding: 'utf8' },
  ).trim();
}

export interface TtrssUser {
  readonly uid: number;
  readonly login: string;
  readonly password: string;
}

/** A new TT-RSS user with the API enabled (or not). */
export function createUser(prefix = 'u', apiEnabled = true): TtrssUser {
  const login = `${prefix}${randomBytes(5).toString('hex')}`;
  const password = randomBytes(9).toString('base64url');
  const hash = createHash('sha1').update(password).digest('hex');
  const uid = Number(
    psql(
      `INSERT INTO ttrss_users (login, pwd_hash, access_level, created) VALUES ('${login}', 'SHA1:${hash}', 0, NOW()) RETURNING id`,
    ),
  );
  psql(
    `INSERT INTO ttrss_user_prefs (owner_uid, pref_name, value) VALUES (${uid}, 'ENABLE_API_ACCESS', '${apiEnabled}')`,
  );
  return { uid, login, password };
}

/** A category of the user's on the server; resolves with its id. */
export function createCategory(user: TtrssUser, title: string): number {
  return Number(
    psql(
      `INSERT INTO ttrss_feed_categories (owner_uid, title) VALUES (${user.uid}, '${title.replace(/'/g, "''")}') RETURNING id`,
    ),
  );
}

/** Serves a feed document on http://[::1]/NAME, where the server may fetch it. */
export function serveFeed(name: string, xml: string): string {
  writeFileSync(join(ttrssBase, 'feeds', name), xml);
  return `http://[::1]/${name}`;
}

/** An RSS document with the given items. */
export function rss(
  title: string,
  items: readonly { id: string; title: string; link: string; body?: string }[],
): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escape(title)}</title><link>http://example.org/</link>${items
    .map(
      (item, i) =>
        `<item><title>${escape(item.title)}</title><link>${escape(item.link)}</link><guid isPermaLink="false">${escape(item.id)}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1 + i)).toUTCString()}</pubDate><description>${escape(item.body ?? `Body of ${item.title}`)}</description></item>`,
    )
    .join('')}</channel></rss>`;
}

/** A second API client (another reader app), with its own session. */
export class ApiSession {
  readonly #url: string;
  #sid = '';
  constructor(apiUrl: string) {
    this.#url = apiUrl;
  }
  async login(user: TtrssUser): Promise<void> {
    const content = (await this.#post({
      op: 'login',
      user: user.login,
      password: user.password,
    })) as {
      session_id: string;
    };
    this.#sid = content.session_id;
  }
  async call(op: string, params: Record<string, unknown> = {}): Promise<unknown> {
    return this.#post({ ...params, op, sid: this.#sid });
  }
  async #post(body: Record<string, unknown>): Promise<unknown> {
    const response = await fetch(this.#url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify(body),
    });
    const reply = (await response.json()) as { status: number; content: unknown };
    if (reply.status !== 0) throw new Error(`${String(body.op)}: ${JSON.stringify(reply.content)}`);
    return reply.content;
  }
  /** Subscribes (into a category, if given) and has the server fetch the feed; resolves with the
   * server's feed id. */
  async subscribe(url: string, categoryId?: number): Promise<number> {
    const params = categoryId === undefined ? {} : { category_id: categoryId };
    const { status } = (await this.call('subscribeToFeed', { feed_url: url, ...params })) as {
      status: { feed_id: number };
    };
    await this.call('updateFeed', { feed_id: status.feed_id });
    return status.feed_id;
  }
  async headlines(
    feedId: number,
  ): Promise<{ id: number; title: string; unread: boolean; marked: boolean }[]> {
    return (await this.call('getHeadlines', {
      feed_id: feedId,
      limit: 200,
      view_mode: 'all_articles',
    })) as {
      id: number;
      title: string;
      unread: boolean;
      marked: boolean;
    }[];
  }
}

/** Another `php -S` serving the same TT-RSS on its own port: a server a test may stop and start. */
export function extraHttpServer(port: number): {
  url: string;
  start(): Promise<void>;
  stop(): void;
} {
  let child: ChildProcess | null = null;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    async start() {
      child = spawn(
        'setpriv',
        [
          '--reuid=www-data',
          '--regid=www-data',
          '--init-groups',
          'php',
          '-S',
          `127.0.0.1:${port}`,
          '-t',
          '/usr/share/tt-rss/www',
        ],
        { stdio: 'ignore', detached: true },
      );
      for (let i = 0; i < 100; i++) {
        try {
          await fetch(`http://127.0.0.1:${port}/api/`, {
            method: 'POST',
            body: '{"op":"isLoggedIn"}',
          });
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      throw new Error(`php -S on port ${port} did not start`);
    },
    stop() {
      if (child?.pid) process.kill(-child.pid, 'SIGKILL');
      child = null;
    },
  };
}
