// Full articles in the window (issue 8): `f` or the article's button fetches the post's page
// (the engine extracts the article and keeps it), shows it cleaned like feed content, and goes
// back to the feed's version on the next press. An article kept from before shows without a
// fetch, offline too; a page without an article says so in a sentence.
import { useCallback, useEffect, useState } from 'react';
import type { OrreryClient } from '../../shared/api.ts';
import type { FullArticle } from '../../shared/model.ts';
import type { PreparedArticle } from '../article/articleCache.ts';
import { loadSanitizer } from '../article/loadSanitizer.ts';

export interface FullArticleState {
  /** What the frame shows: the full article when chosen and there, else the feed's version. */
  readonly shown: PreparedArticle | null;
  readonly showingFull: boolean;
  readonly busy: boolean;
  /** A sentence when the page gave no article (or could not be fetched). */
  readonly message: string | null;
  /** Full article on, or back to the feed's version. */
  readonly toggle: () => void;
}

interface Chosen {
  readonly entryId: number;
  readonly full: PreparedArticle | null;
  readonly busy: boolean;
  readonly message: string | null;
}

async function prepared(entryId: number, article: FullArticle): Promise<PreparedArticle | null> {
  if (!article.html) return null;
  const { sanitizeArticle } = await loadSanitizer();
  return { entryId, cleanHtml: sanitizeArticle(article.html) };
}

export function useFullArticle(
  client: OrreryClient,
  openedId: number | null,
  feedVersion: PreparedArticle | null,
  fail: (error: unknown) => void,
): FullArticleState {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  // Another entry opened: its feed version first.
  useEffect(
    () => setChosen((current) => (current?.entryId === openedId ? current : null)),
    [openedId],
  );

  const toggle = useCallback(() => {
    if (openedId === null) return;
    if (chosen?.entryId === openedId) {
      // A second press while fetching waits for the first; after it, back to the feed's version.
      if (!chosen.busy) setChosen(null);
      return;
    }
    const entryId = openedId;
    setChosen({ entryId, full: null, busy: true, message: null });
    const settle = async (article: FullArticle) => {
      const full = await prepared(entryId, article);
      setChosen((current) =>
        current?.entryId === entryId
          ? { entryId, full, busy: false, message: article.problem }
          : current,
      );
    };
    void client
      .getEntry({ entryId })
      .then((detail) =>
        detail?.fullArticle?.html
          ? detail.fullArticle
          : client.fetchFullArticle({ entryId }).then((result) => result.article),
      )
      .then(settle)
      .catch((error: unknown) => {
        setChosen((current) => (current?.entryId === entryId ? null : current));
        fail(error);
      });
  }, [client, openedId, chosen, fail]);

  const active = chosen && chosen.entryId === openedId ? chosen : null;
  return {
    shown: active?.full ?? feedVersion,
    showingFull: Boolean(active?.full),
    busy: active?.busy ?? false,
    message: active?.message ?? null,
    toggle,
  };
}
