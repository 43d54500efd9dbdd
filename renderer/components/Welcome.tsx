// The first run, in the article pane: what Orrery subscribed to and why, and the two ways to
// bring one's own feeds. Offline, it says so (never "All read." for feeds never fetched).
import type { FirstRun } from '../state/firstRun.ts';

interface Props {
  readonly firstRun: FirstRun;
  readonly onAddFeed: () => void;
  readonly onImport: () => void;
}

export function Welcome({ firstRun, onAddFeed, onImport }: Props) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Orrery</h1>
      {firstRun.planet ? (
        <p>
          To start you off, Orrery subscribed you to <strong>Planet Linux Australia</strong>: a
          planet gathers the posts of many people’s blogs into one feed. Orrery knows planets — a
          post you read on the planet is read on its author’s blog too — and can subscribe you to
          the blogs behind it (right-click the planet, Subscribe to members…).
        </p>
      ) : null}
      {firstRun.offline ? (
        <p className="welcome-offline" role="status">
          Orrery is offline: it could not reach the feeds yet and will retry by itself.
        </p>
      ) : firstRun.nothingFetched ? (
        <p role="status">Nothing has been fetched yet: new posts appear here as they arrive.</p>
      ) : null}
      <p>Bring your own feeds:</p>
      <div className="welcome-actions">
        <button type="button" className="button primary" onClick={onAddFeed}>
          Add a feed
        </button>
        <button type="button" className="button" onClick={onImport}>
          Import OPML…
        </button>
      </div>
    </section>
  );
}
