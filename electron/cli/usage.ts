export class UsageError extends Error {}

export const usage = `Usage: orrery [--data-dir DIR] [--json] COMMAND …

Subscriptions
  add URL [--folder PATH]      subscribe to a feed, or to the feed a web page links to
  import FILE|URL              subscribe to every feed in an OPML file
  export [FILE]                write all subscriptions as OPML 2.0 (stdout without FILE)
  feeds                        list subscriptions with unread counts and status
  remove FEED_ID               unsubscribe
  rename FEED_ID TITLE         give a feed your own name
  move FEED_ID FOLDER_PATH     move a feed into a folder ("" = top level)
  folders                      list folders with how many feeds each holds
  folder add PATH | folder rename PATH NEW | folder remove PATH [--with-feeds]
                               make, rename or remove a folder (its feeds move up, or go with it)
  members FEED_ID [--subscribe URL…|--all]
                               a planet's member blogs; subscribe to some or all of them
  settings [KEY [VALUE]]       show or change preferences (VALUE as JSON, e.g. 30, true, "dark")

Accounts (Tiny Tiny RSS)
  account add ttrss URL --user NAME [--password-file FILE]
                               add a server account (password on stdin without the file)
  accounts                     list accounts with last sync and error
  account remove ACCOUNT_ID    remove an account with its feeds and entries
  sync [ACCOUNT_ID]            sync server accounts now: push marks, pull feeds, entries, marks
  add URL --account ID, import FILE --account ID
                               subscribe on the account's server

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
  article ENTRY_ID             fetch the post's page and keep its full article (Readability)

Upkeep
  prune [--dry-run]            remove old read posts by the retention rules (what it would)
  backup FILE                  write a consistent copy of the database, even while Orrery runs

Options
  --data-dir DIR   data directory (also ORRERY_DATA_DIR; default: the desktop app's)
  --json           print exactly one JSON document on stdout
  --help, --version
`;
