// Properties: a feed's address (editable), its own poll interval, whether its posts' full
// articles are fetched (for feeds that publish summaries), last and next check, last error, HTTP
// validators, and the same commands as its context menu.
import { useEffect, useState } from 'react';
import type { OrreryClient } from '../../../shared/api.ts';
import type { FeedProperties, FeedSummary } from '../../../shared/model.ts';
import type { MenuItem } from './Menu.tsx';
import { Dialog } from './Dialog.tsx';
import { DialogFooter } from './DialogFooter.tsx';
import { errorText } from './errorText.ts';
import { PollIntervalSelect } from './PollIntervalSelect.tsx';

interface Props {
  readonly client: OrreryClient;
  readonly feed: FeedSummary;
  /** The feed's commands (Rename…, Move to folder…, Refresh, …), as in its context menu. */
  readonly commands: (feed: FeedSummary, isPlanet: boolean) => readonly MenuItem[];
  readonly onClose: () => void;
}

const when = (iso: string | null, none: string): string =>
  iso ? new Date(iso).toLocaleString() : none;

function Facts({ properties }: { readonly properties: FeedProperties }) {
  const { feed } = properties;
  const rows: [string, string][] = [
    ['Last check', when(feed.lastCheckedAt, 'Not checked yet')],
    ['Next check', feed.status === 'gone' ? 'Not polled (gone)' : when(feed.nextCheckAt, 'Soon')],
    ['Last error', feed.error ?? 'None'],
    ['ETag', properties.etag ?? 'None'],
    ['Last-Modified', properties.lastModified ?? 'None'],
    ['Subscribed', when(properties.addedAt, '')],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PropertiesDialog({ client, feed, commands, onClose }: Props) {
  const [properties, setProperties] = useState<FeedProperties | null>(null);
  const [url, setUrl] = useState(feed.url);
  const [interval, setInterval] = useState<number | null>(null);
  const [fullArticle, setFullArticle] = useState<{ was: boolean; now: boolean } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    client
      .getFeedProperties({ feedId: feed.id })
      .then((loaded) => {
        setProperties(loaded);
        setInterval(loaded.pollIntervalMinutes);
      })
      .catch((failure: unknown) => setError(errorText(failure)));
    client
      .fullArticleFeeds({})
      .then(({ feedIds }) => {
        const was = feedIds.includes(feed.id);
        setFullArticle({ was, now: was });
      })
      .catch((failure: unknown) => setError(errorText(failure)));
  }, [client, feed.id]);

  const save = async () => {
    const changedUrl = url.trim() !== feed.url ? { url: url.trim() } : {};
    await client.updateFeed({ feedId: feed.id, ...changedUrl, pollIntervalMinutes: interval });
    if (fullArticle && fullArticle.now !== fullArticle.was)
      await client.setFullArticleFeed({ feedId: feed.id, enabled: fullArticle.now });
    onClose();
  };

  return (
    <Dialog title={`Properties of “${feed.title || feed.url}”`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save().catch((failure: unknown) => setError(errorText(failure)));
        }}
      >
        <label className="field">
          <span>Address</span>
          <input data-autofocus value={url} onChange={(event) => setUrl(event.target.value)} />
        </label>
        <PollIntervalSelect
          label="Check for new posts"
          value={interval}
          defaultMinutes={properties?.defaultPollIntervalMinutes ?? null}
          onChange={setInterval}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={fullArticle?.now ?? false}
            disabled={fullArticle === null}
            onChange={(event) =>
              setFullArticle((state) => state && { ...state, now: event.target.checked })
            }
          />{' '}
          Fetch the full article
        </label>
        {properties ? <Facts properties={properties} /> : <p>Loading…</p>}
        <div className="dialog-commands" role="group" aria-label="Feed commands">
          {commands(feed, properties?.isPlanet ?? false)
            .filter((item) => item.label !== 'Properties')
            .map((item) => (
              <button
                key={item.label}
                type="button"
                className="button small"
                onClick={() => {
                  onClose();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            ))}
        </div>
        <DialogFooter action="Save" onCancel={onClose} error={error} />
      </form>
    </Dialog>
  );
}
