// A feed's status above its entries: where it lives, when it was checked, and the error sentence.
import type { FeedSummary } from '../../shared/model.ts';
import { relativeDate } from '../state/relativeDate.ts';

interface Props {
  readonly feed: FeedSummary;
  /** Offered where a failing feed's error is shown. */
  readonly onRetry?: () => void;
  readonly onUnsubscribe?: () => void;
}

export function FeedDetails({ feed, onRetry, onUnsubscribe }: Props) {
  const now = Date.now();
  return (
    <section className={`feed-details status-${feed.status}`} aria-label={`About ${feed.title}`}>
      <p className="feed-details-title">
        {feed.siteUrl ? <span title={feed.siteUrl}>{feed.title}</span> : feed.title}
        <span className="feed-url"> {feed.url}</span>
      </p>
      {feed.error ? (
        <p className="feed-error" role="status">
          {feed.status === 'gone' ? 'No longer polled: ' : 'Last check failed: '}
          {feed.error}
        </p>
      ) : null}
      {feed.status === 'error' || feed.status === 'gone' ? (
        <p className="feed-error-actions">
          {onRetry ? (
            <button type="button" className="button small" onClick={onRetry}>
              Retry now
            </button>
          ) : null}
          {onUnsubscribe ? (
            <button type="button" className="button small" onClick={onUnsubscribe}>
              Unsubscribe…
            </button>
          ) : null}
        </p>
      ) : null}
      <p className="feed-checked">
        {feed.lastCheckedAt
          ? `Checked ${relativeDate(feed.lastCheckedAt, now)}`
          : 'Not checked yet'}
        {feed.retryAfter
          ? ` · the server asked us to wait until ${new Date(feed.retryAfter).toLocaleString()}`
          : ''}
        {feed.nextCheckAt && feed.status !== 'gone'
          ? ` · next ${relativeDate(feed.nextCheckAt, now)}`
          : ''}
      </p>
    </section>
  );
}
