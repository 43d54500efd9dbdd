// Keyboard shortcuts, as Google Reader taught people. A key maps to a command name; the app
// decides what the command does. Pure, so the table is unit-tested from Node.

export type Command =
  | 'nextEntry'
  | 'previousEntry'
  | 'nextFeed'
  | 'previousFeed'
  | 'pageArticle'
  | 'toggleRead'
  | 'toggleStar'
  | 'openOriginal'
  | 'refresh'
  | 'markAllRead'
  | 'search'
  | 'addFeed'
  | 'showShortcuts'
  | 'close';

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export const shortcutSheet: readonly { keys: string; does: string }[] = [
  { keys: 'j / k', does: 'Next / previous entry (opens it and marks it read)' },
  { keys: 'n / p', does: 'Next / previous feed' },
  { keys: 'Space', does: 'Page down the article, then the next entry' },
  { keys: 'm', does: 'Mark read / unread' },
  { keys: 's', does: 'Star / unstar' },
  { keys: 'o or Enter', does: 'Open the original in the browser' },
  { keys: 'r', does: 'Refresh all feeds' },
  { keys: 'Shift+A', does: 'Mark everything in view read' },
  { keys: '/', does: 'Search' },
  { keys: 'a', does: 'Add a feed (moves to the address field)' },
  { keys: '?', does: 'Show this sheet' },
  { keys: 'Esc', does: 'Close this sheet, leave the search box' },
];

export function commandFor(press: KeyPress): Command | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.shiftKey) {
    if (press.key === 'A') return 'markAllRead';
    if (press.key === '?') return 'showShortcuts';
    return null;
  }
  switch (press.key) {
    case 'j':
      return 'nextEntry';
    case 'k':
      return 'previousEntry';
    case 'n':
      return 'nextFeed';
    case 'p':
      return 'previousFeed';
    case ' ':
      return 'pageArticle';
    case 'm':
      return 'toggleRead';
    case 's':
      return 'toggleStar';
    case 'o':
    case 'Enter':
      return 'openOriginal';
    case 'r':
      return 'refresh';
    case '/':
      return 'search';
    case 'a':
      return 'addFeed';
    case '?':
      return 'showShortcuts';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
