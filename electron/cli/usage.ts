export class UsageError extends Error {}

export const usage = `Usage: orrery [--data-dir DIR] [--json] COMMAND …

Subscriptions
  add URL [--folder PATH]      subscribe to a feed, or to the feed a web page links to
  import FILE|URL              subscribe to every feed in an OPML file
  export [FILE]                write all subscriptions as OPML 2.0 (stdout without FILE)
  feeds                        list subscriptions with unread counts and status
  remove FEED_ID               unsubscribe

Reading
  refresh [FEED_ID…]           poll now (all feeds, or the ones named) and wait
  entries [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N]
                               list posts, newest first
  show ENTRY_ID                one post with its content
  read ENTRY_ID… | read --all [--feed ID|--folder PATH] [--search TEXT] [--before ENTRY_ID]
                               --all marks a view's unread posts (with --search only the
                               matches) up to and including ENTRY_ID; later posts stay unread
  unread ENTRY_ID…
  star ENTRY_ID…   unstar ENTRY_ID…

Options
  --data-dir DIR   data directory (also ORRERY_DATA_DIR; default: the desktop app's)
  --json           print exactly one JSON document on stdout
  --help, --version
`;
