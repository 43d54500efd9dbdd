// Beside the list: unread only or all (per view, remembered) and the order, with relevance
// offered while searching.
import type { SortOrder, ViewOptions } from '../state/viewOptions.ts';

interface Props {
  readonly options: ViewOptions;
  readonly searching: boolean;
  readonly onChange: (options: ViewOptions) => void;
}

export function ViewOptionsBar({ options, searching, onChange }: Props) {
  const sort = options.sort === 'relevance' && !searching ? 'newest' : options.sort;
  return (
    <div className="view-options" role="group" aria-label="List options">
      <button
        type="button"
        className="link-button"
        aria-pressed={options.unreadOnly}
        disabled={searching}
        onClick={() => onChange({ ...options, unreadOnly: !options.unreadOnly })}
      >
        {options.unreadOnly ? 'Unread only' : 'All entries'}
      </button>
      <label>
        <span className="visually-hidden">Order</span>
        <select
          aria-label="Order"
          value={sort}
          onChange={(event) => onChange({ ...options, sort: event.target.value as SortOrder })}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          {searching ? <option value="relevance">Most relevant</option> : null}
        </select>
      </label>
    </div>
  );
}
