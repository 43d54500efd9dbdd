// The search box over the entry list: Enter searches the view, Escape leaves (and clears) it.
import type { RefObject } from 'react';

interface Props {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /** The search applied to the list. */
  readonly search: string;
  readonly draft: string;
  readonly onDraft: (text: string) => void;
  readonly onSearch: (text: string) => void;
}

export function SearchForm({ inputRef, search, draft, onDraft, onSearch }: Props) {
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        aria-label="Search entries"
        placeholder="Search  /"
        value={draft}
        onChange={(event) => onDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.currentTarget.blur();
            if (search) onSearch('');
          }
        }}
      />
    </form>
  );
}
