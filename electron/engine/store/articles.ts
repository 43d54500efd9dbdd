// Full articles (Readability's extraction of a post's page), kept beside the feed's version of
// the post, and the per-feed "Fetch the full article" setting.
import type { DatabaseSync } from 'node:sqlite';
import type { FullArticle } from '../../../shared/model.ts';

interface ArticleRow {
  url: string;
  fetched_at: string;
  html: string | null;
  title: string | null;
  byline: string | null;
  problem: string | null;
}

export function articleQueries(db: DatabaseSync) {
  const load = db.prepare(
    'SELECT url, fetched_at, html, title, byline, problem FROM entry_article WHERE entry_id = ?',
  );
  const save = db.prepare(
    `INSERT INTO entry_article (entry_id, url, fetched_at, html, title, byline, problem)
     SELECT id, ?, ?, ?, ?, ?, ? FROM entries WHERE id = ?
     ON CONFLICT (entry_id) DO UPDATE SET url = excluded.url, fetched_at = excluded.fetched_at,
       html = excluded.html, title = excluded.title, byline = excluded.byline,
       problem = excluded.problem`,
  );
  const enabledFeeds = db.prepare('SELECT feed_id FROM feed_options WHERE full_article = 1');
  const setOption = db.prepare(
    `INSERT INTO feed_options (feed_id, full_article) SELECT id, ? FROM feeds WHERE id = ?
     ON CONFLICT (feed_id) DO UPDATE SET full_article = excluded.full_article`,
  );

  return {
    getArticle(entryId: number): FullArticle | null {
      const row = load.get(entryId) as ArticleRow | undefined;
      if (!row) return null;
      return {
        url: row.url,
        fetchedAt: row.fetched_at,
        html: row.html,
        title: row.title,
        byline: row.byline,
        problem: row.problem,
      };
    },
    /** Stores (or replaces) the post's full article; false when the post is gone. */
    saveArticle(entryId: number, article: FullArticle): boolean {
      const { url, fetchedAt, html, title, byline, problem } = article;
      return Number(save.run(url, fetchedAt, html, title, byline, problem, entryId).changes) > 0;
    },
    fullArticleFeeds(): number[] {
      return (enabledFeeds.all() as { feed_id: number }[]).map((row) => row.feed_id);
    },
    /** False when there is no such feed. */
    setFullArticleFeed(feedId: number, enabled: boolean): boolean {
      return Number(setOption.run(enabled ? 1 : 0, feedId).changes) > 0;
    },
  };
}
