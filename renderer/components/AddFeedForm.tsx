// The address field at the foot of the feed pane: subscribes to what is typed there.
import { useState, type RefObject } from 'react';

interface Props {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /** Subscribes; resolves once added (the field empties), rejects with the reason. */
  readonly onAdd: (url: string) => Promise<void>;
  readonly fail: (error: unknown) => void;
}

export function AddFeedForm({ inputRef, onAdd, fail }: Props) {
  const [url, setUrl] = useState('');
  return (
    <form
      className="add-feed"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = url.trim();
        if (!typed) return;
        onAdd(typed)
          .then(() => setUrl(''))
          .catch(fail);
      }}
    >
      <input
        ref={inputRef}
        type="url"
        aria-label="Add a feed by address"
        placeholder="Add a feed or site address"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
      />
    </form>
  );
}
