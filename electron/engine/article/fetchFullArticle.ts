// One post's full article: its page fetched politely (the poller's limiter, limits and
// timeouts), the article extracted on the parse worker, and the result stored beside the feed's
// version. A page that yields no article is stored as that sentence, so the window can say so
// offline too; a fetch that failed is reported and not stored (the next try may work).
import type { FullArticle } from '../../../shared/model.ts';
import { conditionalGet } from '../fetch/conditionalGet.ts';
import { describeOutcome } from '../fetch/describeOutcome.ts';
import { statusLabel } from '../fetch/messages.ts';
import type { ConcurrencyLimiter, FetchOptions } from '../fetch/types.ts';
import type { ArticleFn } from '../poll/workerJobs.ts';
import type { Store } from '../store/index.ts';
import { maxArticlePageBytes } from './extractArticle.ts';

export interface ArticleContext {
  readonly store: Store;
  readonly fetchOptions: FetchOptions;
  readonly limiter: ConcurrencyLimiter;
  readonly extract: ArticleFn;
  readonly now: () => Date;
}

const pageAccept = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

export class NoSuchEntryError extends Error {}

export async function fetchFullArticle(
  ctx: ArticleContext,
  entryId: number,
  signal?: AbortSignal,
): Promise<FullArticle> {
  const entry = ctx.store.getEntry(entryId);
  if (!entry) throw new NoSuchEntryError(`There is no entry ${entryId}.`);
  const fetchedAt = ctx.now().toISOString();
  const problem = (url: string, message: string): FullArticle => ({
    url,
    fetchedAt,
    html: null,
    title: null,
    byline: null,
    problem: message,
  });
  if (!entry.url || !/^https?:/i.test(entry.url)) {
    return problem(entry.url ?? '', 'This post has no web page to fetch the full article from.');
  }
  const outcome = await conditionalGet(
    {
      url: entry.url,
      accept: pageAccept,
      // A post's page may be on a private network only when a feed the user gave there carries it.
      userGiven: entry.feeds.some((id) => ctx.store.getFeed(id)?.privateOk === true),
      ...(signal ? { signal } : {}),
    },
    {
      ...ctx.fetchOptions,
      maxBytes: Math.min(ctx.fetchOptions.maxBytes ?? maxArticlePageBytes, maxArticlePageBytes),
      limiter: ctx.limiter,
    },
  );
  if (outcome.kind !== 'ok') {
    // Offline (or the site is down): the article kept from an earlier fetch still reads.
    const kept = ctx.store.getArticle(entryId);
    if (kept?.html) return kept;
    // The fetch stage's sentences speak of feeds; a page's HTTP errors are said plainly.
    const why =
      outcome.kind === 'http-error' || outcome.kind === 'gone'
        ? `the server answered ${statusLabel(outcome.status)}.`
        : (describeOutcome(outcome) ?? 'the server sent nothing to read.');
    return problem(entry.url, `Could not fetch the post’s page: ${why}`);
  }
  const extracted = await ctx.extract({
    url: outcome.finalUrl,
    bytes: outcome.body,
    contentType: outcome.contentType,
  });
  const article: FullArticle =
    extracted.kind === 'article'
      ? {
          url: outcome.finalUrl,
          fetchedAt,
          html: extracted.html,
          title: extracted.title,
          byline: extracted.byline,
          problem: null,
        }
      : problem(outcome.finalUrl, extracted.message);
  ctx.store.saveArticle(entryId, article);
  return article;
}
