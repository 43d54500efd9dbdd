// The article pane: title as the first heading, byline, feeds, a link to the original, and the
// cleaned content in a sandboxed frame (no scripts) whose clicks and keys the reader handles.
// The frame is created once and kept (hidden while nothing is open): opening an entry replaces
// its body's content, which is far cheaper than loading a new frame document per entry. It is
// made after the window's first paint (or when an entry is opened before that): a frame is a
// document of its own, 10-25 ms of the first commit, and the first rows need none.
import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { EntryRow, FeedSummary } from '../../shared/model.ts';
import type { PreparedArticle } from '../article/articleCache.ts';
import type { FullArticleState } from '../hooks/useFullArticle.ts';
import { articleSandbox, articleSrcdoc, type ResolvedTheme } from '../article/articleDocument.ts';
import {
  articleDocumentOf,
  setFrameTheme,
  showInFrame,
  shownEntryAttribute,
} from '../article/articleFrame.ts';
import { highlightMatches } from '../article/highlightMatches.ts';
import { useAfterFirstPaint } from '../hooks/useAfterFirstPaint.ts';
import { fullDate } from '../state/relativeDate.ts';
import { PostIcon } from './PostIcon.tsx';
import { LoadImagesButton } from './LoadImagesButton.tsx';

interface Props {
  /** The open entry as listed: shown at once. */
  readonly entry: EntryRow | null;
  /** Its cleaned content, once ready (null while loading). */
  readonly article: PreparedArticle | null;
  readonly feedsById: ReadonlyMap<number, FeedSummary>;
  readonly theme: ResolvedTheme;
  readonly frameRef: RefObject<HTMLIFrameElement | null>;
  readonly onOpenLink: (url: string) => void;
  readonly onKey: (event: KeyboardEvent) => void;
  readonly onToggleStar: () => void;
  /** "never": the article offers a "Load images" button. */
  readonly remoteImages?: string;
  /** The full article (issue 8): its button, state and sentence. */
  readonly fullArticle?: Pick<FullArticleState, 'showingFull' | 'busy' | 'message' | 'toggle'>;
  /** The search's words, marked in the content (<mark>). */
  readonly highlight?: readonly string[];
}

/** Which version of the entry the frame holds, beside its entry id. */
const shownVersionAttribute = 'data-version';

const attached = new WeakSet<Document>();
const noWords: readonly string[] = [];

export const ArticleView = memo(function ArticleView({
  entry,
  article,
  feedsById,
  theme,
  frameRef,
  onOpenLink,
  onKey,
  remoteImages,
  onToggleStar,
  fullArticle,
  highlight = noWords,
}: Props) {
  // The frame's document is written once, with the theme of the moment; later theme changes
  // are applied to it in place so that it never reloads.
  const [srcdoc] = useState(() => articleSrcdoc('', theme));
  const hasFrame = useAfterFirstPaint(entry !== null);
  /** Bumped when the frame's document has loaded, so the content effect runs again. */
  const [frameLoads, setFrameLoads] = useState(0);
  const scrolled = useRef(false);

  // The handlers change every render; the frame's listeners call the latest ones.
  const latest = useRef({ onOpenLink, onKey });
  latest.current = { onOpenLink, onKey };

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    // allow-same-origin (never with allow-scripts) lets these parent-realm listeners see the
    // frame's events; the frame's own content still cannot run anything.
    const attach = (): void => {
      const doc = articleDocumentOf(frame);
      if (!doc || attached.has(doc)) return;
      attached.add(doc);
      const onClick = (event: MouseEvent): void => {
        const target = event.target as Element | null;
        const link = target?.closest?.('a[href], area[href]');
        if (!link) return; // <details>, text selection: the frame's own behaviour
        event.preventDefault();
        // Primary click, or the middle button (auxclick); never the context-menu button.
        if (event.button === 0 || event.button === 1) {
          latest.current.onOpenLink(link.getAttribute('href') ?? '');
        }
      };
      doc.addEventListener('click', onClick, true);
      doc.addEventListener('auxclick', onClick, true);
      doc.addEventListener('submit', (event) => event.preventDefault(), true);
      doc.addEventListener('keydown', (event) => latest.current.onKey(event), true);
      const view = doc.defaultView;
      view?.addEventListener('scroll', () => {
        scrolled.current = view.scrollY > 0;
      });
      // A (re)loaded document holds nothing yet, whatever the frame said before.
      frame.removeAttribute(shownEntryAttribute);
      setFrameLoads((n) => n + 1);
    };
    frame.addEventListener('load', attach);
    if (frame.contentDocument?.readyState === 'complete') attach();
    return () => frame.removeEventListener('load', attach);
  }, [frameRef, hasFrame]);

  // In the same commit as the heading: the content is in place before the frame is painted.
  const contentId = article && entry && article.entryId === entry.id ? article.entryId : null;
  const version = fullArticle?.showingFull ? 'full' : 'feed';
  useLayoutEffect(() => {
    const frame = frameRef.current;
    const doc = frame ? articleDocumentOf(frame) : null;
    if (!frame || !doc) return;
    setFrameTheme(doc, theme);
    if (
      frame.getAttribute(shownEntryAttribute) === (contentId === null ? null : `${contentId}`) &&
      frame.getAttribute(shownVersionAttribute) === version
    ) {
      return;
    }
    showInFrame(frame, doc, contentId === null ? null : article, scrolled.current);
    frame.setAttribute(shownVersionAttribute, version);
    scrolled.current = false;
    if (contentId !== null) highlightMatches(doc, highlight);
  }, [frameRef, article, contentId, version, theme, frameLoads, highlight, hasFrame]);

  const feeds = entry ? entry.feeds.map((id) => feedsById.get(id)?.title).filter(Boolean) : [];
  return (
    <>
      {entry ? null : (
        <div className="article-empty">
          <p>Choose an entry to read it.</p>
          <p className="hint">
            <kbd>j</kbd> / <kbd>k</kbd> move through entries, <kbd>?</kbd> shows every shortcut.
          </p>
        </div>
      )}
      <article className="article" aria-labelledby="article-title" hidden={!entry}>
        {entry ? (
          <header className="article-header">
            <h1 id="article-title">{entry.title || '(untitled)'}</h1>
            <p className="byline">
              <PostIcon post={entry} feedsById={feedsById} />
              {entry.author ? <span className="author">{entry.author}</span> : null}
              {entry.author ? ' · ' : null}
              <time dateTime={entry.published}>{fullDate(entry.published)}</time>
            </p>
            <p className="article-feeds">{feeds.length > 0 ? `From ${feeds.join(', ')}` : null}</p>
            <p className="article-actions">
              {remoteImages === 'never' ? (
                <LoadImagesButton frameRef={frameRef} entryId={entry.id} />
              ) : null}
              {entry.url ? (
                <a
                  href={entry.url}
                  className="button"
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenLink(entry.url ?? '');
                  }}
                >
                  Open original ↗
                </a>
              ) : null}
              <button
                type="button"
                className="button"
                aria-pressed={entry.starred}
                onClick={onToggleStar}
              >
                {entry.starred ? '★ Starred' : '☆ Star'}
              </button>
              {fullArticle && entry.url ? (
                <button
                  type="button"
                  className="button"
                  aria-pressed={fullArticle.showingFull}
                  disabled={fullArticle.busy}
                  onClick={fullArticle.toggle}
                  title="Fetch the full article from the post’s page (f)"
                >
                  {fullArticle.busy
                    ? 'Fetching the full article…'
                    : fullArticle.showingFull
                      ? 'Show the feed’s version'
                      : 'Full article'}
                </button>
              ) : null}
            </p>
            {fullArticle?.message ? (
              <p className="article-note" role="status">
                {fullArticle.message}
              </p>
            ) : null}
          </header>
        ) : null}
        {hasFrame ? (
          <iframe
            ref={frameRef}
            className="article-frame"
            title={entry ? `Content of ${entry.title || 'the entry'}` : 'Article content'}
            sandbox={articleSandbox}
            referrerPolicy="no-referrer"
            srcDoc={srcdoc}
          />
        ) : null}
      </article>
    </>
  );
});
