// The left pane: the brand and Refresh, the feed tree, refresh progress and the address field.
import type { ReactNode } from 'react';
import type { RefreshProgress } from '../hooks/useReaderData.ts';

interface Props {
  readonly progress: RefreshProgress;
  readonly onRefresh: () => void;
  /** Under the header (the management toolbar). */
  readonly toolbar?: ReactNode;
  /** The tree (FeedTree). */
  readonly children: ReactNode;
  /** What sits under the progress line (the address field). */
  readonly footer: ReactNode;
  /** The last refresh reached no server (issue 8): said here, once. */
  readonly offline?: boolean;
}

export function FeedsPane({
  progress,
  onRefresh,
  toolbar,
  children,
  footer,
  offline = false,
}: Props) {
  return (
    <nav id="feeds-pane" className="pane feeds-pane" aria-label="Subscriptions">
      <header className="pane-header">
        <span className="brand">Orrery</span>
        <button
          type="button"
          className="button small"
          onClick={onRefresh}
          disabled={progress.running}
          title="Refresh all feeds (r)"
        >
          {progress.running ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>
      {toolbar}
      <div className="feeds-scroll">{children}</div>
      <footer className="pane-footer">
        <div role="status" className="progress-line" aria-live="polite">
          {progress.running ? (
            <>
              <span>
                Refreshing {progress.done} of {progress.total || '…'} feeds
              </span>
              <progress max={Math.max(1, progress.total)} value={progress.done} />
            </>
          ) : offline ? (
            <span className="offline-line" title="No feed was marked failed for it.">
              Offline: polling resumes when the network is back.
            </span>
          ) : null}
        </div>
        {footer}
      </footer>
    </nav>
  );
}
