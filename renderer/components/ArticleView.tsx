// The article pane: title as the first heading, byline, feeds, a link to the original, and the
// cleaned content in a sandboxed frame (no scripts) whose clicks and keys the reader handles.
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { EntryDetail, EntryRow, FeedSummary } from '../../shared/model.ts';
import { articleSandbox, articleSrcdoc, type ResolvedTheme } from '../article/articleDocument.ts';
import { sanitizeArticle, textAsHtml } from '../article/sanitize.ts';
import { fullDate } from '../state/relativeDate.ts';

interface Props {
  /** The open entry as listed: shown at once. */
  readonly entry: EntryRow | null;
  /** Its stored content, once loaded (null while loading). */
  readonly content: EntryDetail | null;
  readonly feedsById: ReadonlyMap<number, FeedSummary>;
  readonly theme: ResolvedTheme;
  readonly frameRef: RefObject<HTMLIFrameElement | null>;
  readonly onOpenLink: (url: string) => void;
  readonly onKey: (event: KeyboardEvent) => void;
  readonly onToggleStar: () => void;
}

const attached = new WeakSet<Document>();

export function ArticleView({
  entry,
  content,
  feedsById,
  theme,
  frameRef,
  onOpenLink,
  onKey,
  onToggleStar,
}: Props) {
  const srcdoc = useMemo(() => {
    if (!content) return '';
    const html = content.contentHtml ?? (content.summary ? textAsHtml(content.summary) : '');
    return articleSrcdoc(sanitizeArticle(html), theme);
  }, [content, theme]);

  // The handlers change every render; the frame's listeners call the latest ones.
  const latest = useRef({ onOpenLink, onKey });
  latest.current = { onOpenLink, onKey };

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    // allow-same-origin (never with allow-scripts) lets these parent-realm listeners see the
    // frame's events; the frame's own content still cannot run anything.
    const attach = (): void => {
      const doc = frame.contentDocument;
      if (!doc || attached.has(doc)) return;
      attached.add(doc);
      const onClick = (event: MouseEvent): void => {
        const target = event.target as Element | null;
        const link = target?.closest?.('a[href]');
        event.preventDefault();
        if (link) latest.current.onOpenLink(link.getAttribute('href') ?? '');
      };
      doc.addEventListener('click', onClick, true);
      doc.addEventListener('auxclick', onClick, true);
      doc.addEventListener('submit', (event) => event.preventDefault(), true);
      doc.addEventListener('keydown', (event) => latest.current.onKey(event), true);
    };
    frame.addEventListener('load', attach);
    if (frame.contentDocument?.URL === 'about:srcdoc') attach();
    return () => frame.removeEventListener('load', attach);
  }, [frameRef, srcdoc]);

  if (!entry) {
    return (
      <div className="article-empty">
        <p>Choose an entry to read it.</p>
        <p className="hint">
          <kbd>j</kbd> / <kbd>k</kbd> move through entries, <kbd>?</kbd> shows every shortcut.
        </p>
      </div>
    );
  }

  const feeds = entry.feeds.map((id) => feedsById.get(id)?.title).filter(Boolean);
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article-header">
        <h1 id="article-title">{entry.title || '(untitled)'}</h1>
        <p className="byline">
          {entry.author ? <span className="author">{entry.author}</span> : null}
          {entry.author ? ' · ' : null}
          <time dateTime={entry.published}>{fullDate(entry.published)}</time>
        </p>
        <p className="article-feeds">{feeds.length > 0 ? `From ${feeds.join(', ')}` : null}</p>
        <p className="article-actions">
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
        </p>
      </header>
      {content ? (
        <iframe
          ref={frameRef}
          key={content.id}
          className="article-frame"
          title={`Content of ${entry.title || 'the entry'}`}
          sandbox={articleSandbox}
          referrerPolicy="no-referrer"
          srcDoc={srcdoc}
        />
      ) : (
        <div className="article-frame loading" aria-busy="true" />
      )}
    </article>
  );
}
