// The CLI's commands: each checks its arguments, calls the Reader (the ReaderApi contract) and
// returns both the JSON document and the text for people.
import type { EntryRow, FeedSummary } from '../../shared/model.ts';
import { issue8Commands } from './issue8Commands.ts';
import { checkReadAll, readAll } from './readAll.ts';
import { UsageError } from './usage.ts';

import { command, many, parseId, parseIds, type Command } from './command.ts';
import { manageCommands } from './manageCommands.ts';
import { accountCommands, accountOption } from './accountCommands.ts';

export type { FileAccess } from './command.ts';

export const commands = {
  add: command({
    options: ['folder', 'account'],
    args: { min: 1, max: 1 },
    addsSubscriptions: true,
    check: (_args, values) => void accountOption(values),
    async run(reader, [url], values) {
      const feed = await reader.addFeed({
        url: url!,
        folder: values.folder ?? null,
        ...accountOption(values),
      });
      return {
        json: feed,
        text: feed.alreadySubscribed
          ? `Already subscribed to ${feed.title} (${feed.url}) as feed ${feed.id}.\n`
          : `Subscribed to ${feed.title} (${feed.url}) as feed ${feed.id}.\n`,
      };
    },
  }),

  import: command({
    options: ['account'],
    args: { min: 1, max: 1 },
    addsSubscriptions: true,
    check: (_args, values) => void accountOption(values),
    async run(reader, [source], values, files) {
      const account = accountOption(values);
      const report = /^https?:\/\//i.test(source!)
        ? await reader.importOpml({ url: source!, ...account })
        : await reader.importOpml({
            base64: (await files.readFile(source!)).toString('base64'),
            ...account,
          });
      const lines = [
        `Added ${report.added.length} feed${report.added.length === 1 ? '' : 's'}; ${report.existing} already subscribed.`,
        ...report.problems.map((p) => `  ${p.line === null ? '' : `line ${p.line}: `}${p.message}`),
      ];
      return { json: report, text: lines.join('\n') + '\n' };
    },
  }),

  export: command({
    options: [],
    args: { min: 0, max: 1 },
    async run(reader, [file], _values, files) {
      const { opml } = await reader.exportOpml({});
      if (!file) return { json: { opml }, text: opml };
      await files.writeFile(file, opml);
      return { json: { file }, text: `Wrote ${file}.\n` };
    },
  }),

  feeds: command({
    options: [],
    args: { min: 0, max: 0 },
    async run(reader) {
      const feeds = await reader.listFeeds({});
      return {
        json: feeds.map(feedJson),
        text:
          feeds.map(feedLine).join('') || 'No subscriptions yet. Add one with: orrery add URL\n',
      };
    },
  }),

  remove: command({
    options: [],
    args: { min: 1, max: 1 },
    check: ([id]) => void parseId(id!, 'feed id'),
    async run(reader, [id]) {
      const { removed } = await reader.removeFeed({ feedId: parseId(id!, 'feed id') });
      if (!removed) throw new Error(`there is no feed ${id}`);
      return { json: { removed }, text: `Removed feed ${id}.\n` };
    },
  }),

  refresh: command({
    options: [],
    args: { min: 0, max: many },
    check: (args) => void parseIds(args),
    async run(reader, args) {
      const feedIds = args.length ? parseIds(args) : undefined;
      const result = await reader.refresh(feedIds ? { feedIds } : {});
      const offline =
        result.status === 'offline'
          ? 'Offline: no request reached any server. No feed was marked failed; polling resumes when the network is back.\n'
          : '';
      const text =
        offline +
        result.feeds
          .map(
            (f) =>
              `${String(f.id).padStart(5)}  ${f.status.padEnd(5)}  ${String(f.httpStatus ?? '-').padStart(3)}  +${f.newEntries}  ${f.url}${f.error ? `\n       ${f.error}` : ''}\n`,
          )
          .join('');
      return { json: { status: result.status ?? 'ok', feeds: result.feeds }, text };
    },
  }),

  entries: command({
    options: ['feed', 'unread', 'starred', 'search', 'limit'],
    args: { min: 0, max: 0 },
    check(_args, values) {
      if (values.feed !== undefined) parseId(values.feed, 'feed id');
      if (values.limit !== undefined) parseLimit(values.limit);
    },
    async run(reader, _args, values) {
      const page = await reader.listEntries({
        ...(values.feed !== undefined ? { feedId: parseId(values.feed, 'feed id') } : {}),
        ...(values.unread ? { unread: true } : {}),
        ...(values.starred ? { starred: true } : {}),
        ...(values.search !== undefined ? { search: values.search } : {}),
        limit: values.limit !== undefined ? parseLimit(values.limit) : 100,
      });
      return { json: page.entries.map(entryJson), text: page.entries.map(entryLine).join('') };
    },
  }),

  show: command({
    options: [],
    args: { min: 1, max: 1 },
    check: ([id]) => void parseId(id!, 'entry id'),
    async run(reader, [id]) {
      const entry = await reader.getEntry({ entryId: parseId(id!, 'entry id') });
      if (!entry) throw new Error(`there is no entry ${id}`);
      const text = `${entry.title}\n${entry.author ?? ''}  ${entry.published}\n${entry.url ?? ''}\n\n${entry.contentHtml ?? entry.summary ?? ''}\n`;
      return {
        json: {
          ...entryJson(entry),
          contentHtml: entry.contentHtml,
          fullArticle: entry.fullArticle ?? null,
        },
        text,
      };
    },
  }),

  read: command({
    options: ['all', 'feed', 'folder', 'search', 'before'],
    args: { min: 0, max: many },
    check(args, values) {
      if (values.all && args.length)
        throw new UsageError('give either --all or entry ids, not both');
      if (!values.all && !args.length) throw new UsageError('give entry ids, or --all');
      if (!values.all) parseIds(args);
      checkReadAll(values);
    },
    async run(reader, args, values) {
      if (values.all) return readAll(reader, values);
      const { changed } = await reader.setRead({ entryIds: parseIds(args), read: true });
      return { json: { changed }, text: `Marked ${changed} read.\n` };
    },
  }),

  // Tiny Tiny RSS accounts (issue 10): accountCommands.ts.
  account: accountCommands.account,
  accounts: accountCommands.accounts,
  sync: accountCommands.sync,
  unread: stateCommand('setRead', false),
  star: stateCommand('setStarred', true),
  unstar: stateCommand('setStarred', false),

  // Managing subscriptions and folders, planet members, settings (issue 6): manageCommands.ts.
  rename: manageCommands.rename,
  move: manageCommands.move,
  folders: manageCommands.folders,
  folder: manageCommands.folder,
  members: manageCommands.members,
  settings: manageCommands.settings,

  // Full articles, retention, backup (issue 8): issue8Commands.ts.
  article: issue8Commands.article,
  prune: issue8Commands.prune,
  backup: issue8Commands.backup,
} satisfies Record<string, Command>;

export type CommandName = keyof typeof commands;

function stateCommand(method: 'setRead' | 'setStarred', on: boolean): Command {
  const word = method === 'setRead' ? (on ? 'read' : 'unread') : on ? 'starred' : 'unstarred';
  return command({
    options: [],
    args: { min: 1, max: many },
    check: (args) => void parseIds(args),
    async run(reader, args) {
      const entryIds = parseIds(args);
      const { changed } =
        method === 'setRead'
          ? await reader.setRead({ entryIds, read: on })
          : await reader.setStarred({ entryIds, starred: on });
      return { json: { changed }, text: `Marked ${changed} ${word}.\n` };
    },
  });
}

function parseLimit(text: string): number {
  const n = parseId(text, '--limit');
  if (n > 10_000) throw new UsageError('--limit is at most 10000');
  return n;
}

function feedJson(f: FeedSummary) {
  return {
    id: f.id,
    url: f.url,
    title: f.title,
    siteUrl: f.siteUrl,
    folder: f.folder,
    unread: f.unread,
    total: f.total,
    status: f.status,
    error: f.error,
    lastCheckedAt: f.lastCheckedAt,
    nextCheckAt: f.nextCheckAt,
    retryAfter: f.retryAfter,
    account: f.account ?? 1,
  };
}

function feedLine(f: FeedSummary): string {
  const where = f.folder ? `${f.folder}/` : '';
  return `${String(f.id).padStart(5)}  ${String(f.unread).padStart(5)}/${String(f.total).padEnd(5)}  ${f.status.padEnd(5)}  ${where}${f.title}  <${f.url}>${f.error ? `\n       ${f.error}` : ''}\n`;
}

function entryJson(e: EntryRow) {
  return {
    id: e.id,
    title: e.title,
    author: e.author,
    url: e.url,
    published: e.published,
    read: e.read,
    starred: e.starred,
    feeds: e.feeds,
  };
}

function entryLine(e: EntryRow): string {
  const marks = `${e.read ? ' ' : '●'}${e.starred ? '★' : ' '}`;
  return `${String(e.id).padStart(6)} ${marks} ${e.published.slice(0, 16).replace('T', ' ')}  ${e.title || '(untitled)'}${e.author ? ` — ${e.author}` : ''}\n`;
}
