// Shared set-up for the Tiny Tiny RSS integration tests: a user on the real server with feeds
// the server fetched itself, and an Orrery data directory with that account.
import { tempDir } from '../../support/fixtures.ts';
import { openReader, type Reader } from '../../../electron/engine/reader.ts';
import {
  ApiSession,
  createUser,
  rss,
  serveFeed,
  type TtrssServer,
  type TtrssUser,
} from '../../support/ttrss/ttrss.ts';

export interface Scenario {
  readonly user: TtrssUser;
  /** The second API client ("another reader app"). */
  readonly other: ApiSession;
  readonly reader: Reader;
  readonly accountId: number;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

export function items(prefix: string, count: number, linkPrefix = `http://example.org/${prefix}/`) {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    title: `${prefix} post ${i + 1}`,
    link: `${linkPrefix}${i + 1}`,
  }));
}

/** Subscribes the user (as the other client) to a served feed; returns the server's feed id. */
export async function serverFeed(
  other: ApiSession,
  user: TtrssUser,
  name: string,
  feedItems: readonly { id: string; title: string; link: string }[],
): Promise<number> {
  return other.subscribe(serveFeed(`${user.login}-${name}.xml`, rss(name, feedItems)));
}

export async function scenario(
  server: TtrssServer,
  setUp: (other: ApiSession, user: TtrssUser) => Promise<void> = async () => {},
  apiUrl = server.apiUrl,
): Promise<Scenario> {
  const user = createUser();
  const other = new ApiSession(server.apiUrl);
  await other.login(user);
  await setUp(other, user);
  const data = tempDir();
  const reader = await openReader({ dataDir: data.path, firstRunFeeds: [], parseWorkerUrl: null });
  const account = await reader.addAccount({
    kind: 'ttrss',
    url: apiUrl,
    user: user.login,
    password: user.password,
  });
  return {
    user,
    other,
    reader,
    accountId: account.id,
    dataDir: data.path,
    async dispose() {
      await reader.close();
      data.dispose();
    },
  };
}

export async function entryIdsByTitle(reader: Reader): Promise<Map<string, number>> {
  const page = await reader.listEntries({ limit: 10_000 });
  return new Map(page.entries.map((entry) => [entry.title, entry.id]));
}

export async function openAgain(dataDir: string): Promise<Reader> {
  return openReader({ dataDir, firstRunFeeds: [], parseWorkerUrl: null });
}
