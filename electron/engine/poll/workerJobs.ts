// The jobs the parse worker does: a feed's bytes -> parsed feed (the default), or a post's page
// -> its article (task 'article'). One queue, one time limit and one heap limit for both.
import {
  extractArticle,
  type ArticleInput,
  type ArticleResult,
} from '../article/extractArticle.ts';
import type { ParseInput, ParseResult } from '../parse/types.ts';
import { runBodyJob, type BodyJob, type BodyResult } from './bodyJob.ts';

export type ArticleJob = ArticleInput & { readonly task: 'article' };
export type WorkerJob = ParseInput | ArticleJob | BodyJob;
export type WorkerResult = ParseResult | ArticleResult | BodyResult;
export type ArticleFn = (input: ArticleInput) => Promise<ArticleResult>;

export function isArticleJob(job: WorkerJob): job is ArticleJob {
  return 'task' in job && job.task === 'article';
}

/** Runs a job on the current thread (in the worker, or the pool's fallback). */
export async function runJobInThread(
  job: WorkerJob,
  parse: (input: ParseInput) => Promise<ParseResult>,
): Promise<WorkerResult> {
  if (isArticleJob(job)) return extractArticle(job);
  return 'task' in job && job.task === 'body' ? runBodyJob(job, parse) : parse(job);
}

/** The pool's own failures (timeout, heap, closing) speak of feeds: say it of a page instead. */
export function articleFromWorker(result: WorkerResult): ArticleResult {
  if (result.kind === 'article' || result.kind === 'no-article') return result;
  const message = 'message' in result ? result.message : '';
  return {
    kind: 'no-article',
    message: /too long/.test(message)
      ? 'The page took too long to read; Orrery stopped looking for its article.'
      : /memory/.test(message)
        ? 'The page needs more memory than Orrery allows one page.'
        : /closing/.test(message)
          ? 'Orrery is closing.'
          : 'Orrery could not read this page.',
  };
}
