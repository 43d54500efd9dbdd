// A Tiny Tiny RSS account (API level 15, as Debian's tt-rss 21 speaks it) as an AccountAdapter.
import { AccountError, type AccountAdapter, type MarkBatch, type RemoteEntry } from '../types.ts';
import { TtrssClient, type TtrssCredentials } from './client.ts';
import {
  parseCategories,
  parseCounters,
  parseFeeds,
  parseHeadlines,
  parseIds,
} from './parseReplies.ts';

/** getHeadlines answers at most 200 per call. */
const PAGE = 200;
/** updateArticle ids per call: short enough for any server's request limits. */
const MARK_BATCH = 500;
/** A server answering more pages than this is misbehaving (2 million articles). */
const MAX_PAGES = 10_000;
/** Pages of headlines requested at once. */
const PAGES_AT_ONCE = 3;

const FIELD = { starred: 0, read: 2 } as const;

export function ttrssAdapter(credentials: TtrssCredentials, userAgent?: string): AccountAdapter {
  const client = new TtrssClient(credentials, userAgent);

  /** Id lists, paged; the pages `expected` ids need are asked for at once, then one by one. */
  async function pagedIds(params: Record<string, unknown>, expected = 0): Promise<number[]> {
    const page = async (n: number) =>
      parseIds(
        await client.call('getHeadlines', {
          ...params,
          limit: PAGE,
          skip: n * PAGE,
          show_content: false,
          show_excerpt: false,
          order_by: 'date_reverse',
        }),
      );
    const first = Math.min(Math.floor(expected / PAGE) + 1, PAGES_AT_ONCE);
    const pages = await Promise.all(Array.from({ length: first }, (_, n) => page(n)));
    for (let n = first; pages.at(-1)!.length >= PAGE && n < MAX_PAGES; n++) {
      pages.push(await page(n));
    }
    return [...new Set(pages.flat())];
  }

  return {
    login: () => client.login(),
    listCategories: async () => parseCategories(await client.call('getCategories')),
    listFeeds: async () => parseFeeds(await client.call('getFeeds', { cat_id: -3 })),

    async pullEntries(sinceId, onPage) {
      // Oldest first by date, paged with skip over a fixed since_id: an article that arrives
      // during the pull has a higher id than every one already there, so a later sync gets it.
      // A few pages are asked for at once (the server renders each with PHP on its own worker);
      // they are stored in order.
      const page = (n: number) =>
        client
          .call('getHeadlines', {
            feed_id: -4,
            view_mode: 'all_articles',
            since_id: sinceId,
            limit: PAGE,
            skip: n * PAGE,
            show_content: true,
            include_attachments: true,
            order_by: 'date_reverse',
          })
          .then(parseHeadlines);
      // One page first (a sync with nothing new asks once), then a few at a time.
      const inFlight: Promise<RemoteEntry[]>[] = [];
      let next = 0;
      const ask = () => {
        const asked = page(next++);
        asked.catch(() => {}); // awaited in turn below; never an unhandled rejection
        inFlight.push(asked);
      };
      ask();
      try {
        while (next <= MAX_PAGES) {
          const entries = await inFlight.shift()!;
          if (entries.length < PAGE) {
            if (entries.length) await onPage(entries);
            break;
          }
          while (inFlight.length < PAGES_AT_ONCE) ask();
          await onPage(entries);
        }
      } finally {
        // Pages asked for beyond the end come back empty; wait so none is left running.
        await Promise.allSettled(inFlight);
      }
    },

    counts: async () => parseCounters(await client.call('getCounters', { output_mode: 'f' })),
    unreadIds: (feedId, expected) => pagedIds({ feed_id: feedId, view_mode: 'unread' }, expected),
    starredIds: (expected) => pagedIds({ feed_id: -1, view_mode: 'all_articles' }, expected),

    async pushMarks(batch: MarkBatch) {
      // Absolute values (mode 0/1), never toggles: pushing a batch twice means the same thing.
      const mode = batch.field === 'read' ? (batch.value ? 0 : 1) : batch.value ? 1 : 0;
      for (let i = 0; i < batch.remoteIds.length; i += MARK_BATCH) {
        await client.call('updateArticle', {
          article_ids: batch.remoteIds.slice(i, i + MARK_BATCH).join(','),
          mode,
          field: FIELD[batch.field],
        });
      }
    },

    async catchupFeed(feedId) {
      await client.call('catchupFeed', { feed_id: feedId, is_cat: false });
    },

    async subscribe(url, categoryId) {
      const reply = (await client.call('subscribeToFeed', {
        feed_url: url,
        category_id: categoryId ?? 0,
      })) as { status?: { code?: unknown; feed_id?: unknown; message?: unknown } };
      const code = Number(reply.status?.code);
      const feedId = Number(reply.status?.feed_id);
      // 0: already subscribed, 1: added (TT-RSS's Feeds::subscribe_to_feed codes).
      if ((code === 0 || code === 1) && Number.isSafeInteger(feedId) && feedId > 0) return feedId;
      throw new AccountError(subscribeProblem(code, url));
    },

    async unsubscribe(feedId) {
      await client.call('unsubscribeFeed', { feed_id: feedId });
    },

    async updateFeed(feedId) {
      await client.call('updateFeed', { feed_id: feedId });
    },
  };
}

function subscribeProblem(code: number, url: string): string {
  switch (code) {
    case 2:
      return `The Tiny Tiny RSS server says ${url} is not a valid address.`;
    case 3:
      return `The Tiny Tiny RSS server found no feed at ${url} (a web page without a feed link).`;
    case 4:
      return `The Tiny Tiny RSS server found several feeds at ${url}; subscribe to one of them by its own address.`;
    case 5:
      return `The Tiny Tiny RSS server could not fetch ${url}.`;
    default:
      return `The Tiny Tiny RSS server did not subscribe to ${url} (code ${Number.isFinite(code) ? code : '?'}).`;
  }
}
