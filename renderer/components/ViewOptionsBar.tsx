// Beside the list: unread only or all (per view, remembered) and the order, with relevance
// offered while searching. Buttons, not a <select>: its options would sit beside the list's own.
import type { SortOrder, ViewOptions } from '../state/viewOptions.ts';

interface Props {
  readonly options: ViewOptions;
  readonly searching: boolean;
  readonly onChange: (options: ViewOptions) => void;
}

const orders: readonly { value: SortOrder; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'relevance', label: 'Most relevant' },
];

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
      <span role="group" aria-label="Order" className="view-order">
        {orders
          .filter((order) => searching || order.value !== 'relevance')
          .map((order) => (
            <button
              key={order.value}
              type="button"
              className="link-button"
              aria-pressed={sort === order.value}
              onClick={() => onChange({ ...options, sort: order.value })}
            >
              {order.label}
            </button>
          ))}
      </span>
    </div>
  );
}
