// The CLI's verbs for managing subscriptions, folders, planet members and settings: the same
// methods the window calls. Unknown feed ids and folder paths fail (exit 1) before anything changes.
import type { Folder, PlanetMember } from '../../shared/model.ts';
import { command, many, parseId, type CliReader, type Command } from './command.ts';
import { UsageError } from './usage.ts';

/** The folder at a slash-separated path, or a sentence saying there is none. */
async function folderAt(reader: CliReader, path: string): Promise<Folder> {
  const wanted = normalisePath(path);
  const folder = (await reader.listFolders({})).find((f) => f.path === wanted);
  if (!folder) throw new Error(`there is no folder "${wanted}" (see: orrery folders)`);
  return folder;
}

function normalisePath(path: string): string {
  return path
    .split('/')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('/');
}

const rename = command({
  options: [],
  args: { min: 2, max: 2 },
  check: ([id]) => void parseId(id!, 'feed id'),
  async run(reader, [id, title]) {
    const feed = await reader.updateFeed({ feedId: parseId(id!, 'feed id'), title: title! });
    return {
      json: { id: feed.id, title: feed.title },
      text: `Feed ${feed.id} is now "${feed.title}".\n`,
    };
  },
});

const move = command({
  options: [],
  args: { min: 2, max: 2 },
  check: ([id]) => void parseId(id!, 'feed id'),
  async run(reader, [id, path]) {
    const feedId = parseId(id!, 'feed id');
    const folderId = normalisePath(path!) === '' ? null : (await folderAt(reader, path!)).id;
    const feed = await reader.updateFeed({ feedId, folderId });
    const where = feed.folder ?? 'the top level';
    return {
      json: { id: feed.id, folder: feed.folder },
      text: `Moved feed ${feed.id} to ${where}.\n`,
    };
  },
});

const folders = command({
  options: [],
  args: { min: 0, max: 0 },
  async run(reader) {
    const [all, feeds] = await Promise.all([reader.listFolders({}), reader.listFeeds({})]);
    const rows = all.map((folder) => ({
      id: folder.id,
      path: folder.path,
      feeds: feeds.filter((feed) => feed.folderId === folder.id).length,
    }));
    const text = rows.map((r) => `${String(r.id).padStart(5)}  ${r.path}  (${r.feeds})\n`).join('');
    return { json: rows, text: text || 'No folders.\n' };
  },
});

/** folder add PATH | folder rename PATH NEW | folder remove PATH [--with-feeds] */
const folder = command({
  options: ['with-feeds'],
  args: { min: 2, max: 3 },
  check([action, , newName], values) {
    const arity = { add: 2, rename: 3, remove: 2 } as Record<string, number>;
    if (!action || !(action in arity)) throw new UsageError('folder add|rename|remove PATH …');
    if (arity[action] !== (newName === undefined ? 2 : 3)) {
      throw new UsageError(
        action === 'rename' ? 'folder rename PATH NEW' : `folder ${action} PATH`,
      );
    }
    if (values['with-feeds'] && action !== 'remove') {
      throw new UsageError('--with-feeds goes with folder remove');
    }
  },
  async run(reader, [action, path, newName], values) {
    if (action === 'add') {
      const added = await reader.addFolder({ path: path! });
      return { json: added, text: `Folder ${added.id}: ${added.path}.\n` };
    }
    const target = await folderAt(reader, path!);
    if (action === 'rename') {
      const renamed = await reader.renameFolder({ folderId: target.id, name: newName! });
      return { json: renamed, text: `Renamed ${target.path} to ${renamed.path}.\n` };
    }
    const withFeeds = values['with-feeds'] === true;
    const result = await reader.removeFolder({ folderId: target.id, withFeeds });
    const feedsText = withFeeds
      ? `${result.removedFeeds} feed(s) unsubscribed`
      : `${result.movedFeeds} feed(s) moved up`;
    return { json: result, text: `Removed ${target.path}; ${feedsText}.\n` };
  },
});

/** members FEED_ID [--subscribe URL…|--all] */
const members = command({
  options: ['subscribe', 'all'],
  args: { min: 1, max: many },
  check([id, ...urls], values) {
    parseId(id!, 'feed id');
    if (values.subscribe && values.all) throw new UsageError('give --subscribe URL… or --all');
    if (values.subscribe && urls.length === 0) throw new UsageError('--subscribe needs addresses');
    if (!values.subscribe && urls.length) throw new UsageError('addresses go with --subscribe');
  },
  async run(reader, [id, ...urls], values) {
    const feedId = parseId(id!, 'feed id');
    let list = await reader.planetMembers({ feedId });
    const chosen = values.all ? list.filter((m) => !m.subscribed).map((m) => m.url) : urls;
    let report = '';
    if ((values.subscribe || values.all) && chosen.length) {
      const result = await reader.subscribeMembers({ feedId, urls: chosen });
      if (result.added.length === 0 && result.existing === 0) {
        throw new Error(result.problems.map((p) => `${p.url}: ${p.message}`).join('\n'));
      }
      report =
        `Subscribed ${result.added.length} into ${result.folder}; ${result.existing} already subscribed.\n` +
        result.problems.map((p) => `  ${p.url}: ${p.message}\n`).join('');
      list = list.map((m) => ({ ...m, subscribed: m.subscribed || chosen.includes(m.url) }));
    }
    return { json: list.map(memberJson), text: list.map(memberLine).join('') + report };
  },
});

function memberJson(m: PlanetMember) {
  return { title: m.title, url: m.url, siteUrl: m.siteUrl, subscribed: m.subscribed };
}

function memberLine(m: PlanetMember): string {
  return `${m.subscribed ? '✓' : ' '} ${m.title}  <${m.url}>\n`;
}

/** settings [KEY [VALUE]]: VALUE is JSON (60, true, "dark", [1,2]) or else a plain string. */
const settings = command({
  options: [],
  args: { min: 0, max: 2 },
  async run(reader, [key, value]) {
    if (key === undefined) {
      const all = await reader.getPreferences({});
      const text = Object.entries(all)
        .map(([name, v]) => `${name} = ${JSON.stringify(v)}\n`)
        .join('');
      return { json: all, text };
    }
    if (value === undefined) {
      const all: Record<string, unknown> = await reader.getPreferences({});
      if (!Object.hasOwn(all, key)) throw new UsageError(`there is no setting "${key}"`);
      return { json: all[key], text: `${JSON.stringify(all[key])}\n` };
    }
    const updated: Record<string, unknown> = await reader.setPreferences({
      [key]: settingValue(value),
    });
    return { json: updated, text: `${key} = ${JSON.stringify(updated[key])}\n` };
  },
});

function settingValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const manageCommands = {
  rename,
  move,
  folders,
  folder,
  members,
  settings,
} satisfies Record<string, Command>;
