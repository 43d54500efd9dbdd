// The address field at the foot of the feed pane: what is being looked up (with Cancel), errors
// beside the field, a choice when a page has several feeds, and the folder new feeds go into.
import { useState, type RefObject } from 'react';
import type { Folder } from '../../shared/model.ts';
import type { AddFeed } from '../hooks/useAddFeed.ts';
import { FeedCandidates } from './FeedCandidates.tsx';

interface Props {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly add: AddFeed;
  readonly folders: readonly Folder[];
}

export function AddFeedForm({ inputRef, add, folders }: Props) {
  const [url, setUrl] = useState('');
  const { state, error } = add;
  const busy = state.phase === 'working';
  const done = (subscribed: boolean) => {
    if (subscribed) setUrl('');
  };
  return (
    <form
      className="add-feed"
      aria-label="Add a feed"
      onSubmit={(event) => {
        event.preventDefault();
        if (url.trim() && !busy) void add.submit(url).then(done);
      }}
    >
      <input
        ref={inputRef}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        aria-label="Add a feed by address"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby="add-feed-message"
        placeholder="Add a feed or site address"
        value={url}
        readOnly={busy}
        onChange={(event) => setUrl(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          if (busy) add.cancel();
          else event.currentTarget.blur();
        }}
      />
      {url.trim() || state.phase !== 'idle' ? (
        <label className="add-feed-folder">
          <span>Folder</span>
          <select value={add.folder} onChange={(event) => add.setFolder(event.target.value)}>
            <option value="">Top level</option>
            {[...folders]
              .sort((a, b) => a.path.localeCompare(b.path))
              .map((folder) => (
                <option key={folder.id} value={folder.path}>
                  {folder.path}
                </option>
              ))}
          </select>
        </label>
      ) : null}
      <div id="add-feed-message" className="add-feed-message">
        {busy ? (
          <p className="field-status" role="status">
            <span>{state.label}</span>
            <button type="button" className="link-button" onClick={add.cancel}>
              Cancel
            </button>
          </p>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {state.phase === 'choosing' ? (
        <FeedCandidates
          found={state.found}
          onChoose={(candidate) => void add.choose(candidate).then(done)}
          onCancel={add.cancel}
        />
      ) : null}
    </form>
  );
}
