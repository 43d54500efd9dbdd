// `read --all [--feed ID|--folder PATH] [--search TEXT] [--before ENTRY_ID]`: marks the same
// bounded set the window's Shift+A does (a view, its search, posts up to a boundary) and says
// how many. --before ENTRY_ID includes that post and leaves every post stored after it alone.
import type { ArgsOf, ReaderApi } from '../../shared/api.ts';
import { UsageError } from './usage.ts';

export interface ReadAllValues {
  readonly all?: boolean | undefined;
  readonly feed?: string | undefined;
  readonly folder?: string | undefined;
  readonly search?: string | undefined;
  readonly before?: string | undefined;
}

function positiveId(text: string, what: string): number {
  if (!/^[1-9]\d{0,15}$/.test(text))
    throw new UsageError(`${what} must be a positive whole number, not "${text}"`);
  return Number(text);
}

/** Usage errors before the data directory is opened. */
export function checkReadAll(values: ReadAllValues): void {
  const scoped = ['feed', 'folder', 'search', 'before'] as const;
  for (const key of scoped) {
    if (values[key] !== undefined && !values.all) throw new UsageError(`--${key} goes with --all`);
  }
  if (values.feed !== undefined && values.folder !== undefined)
    throw new UsageError('give either --feed or --folder, not both');
  if (values.feed !== undefined) positiveId(values.feed, 'feed id');
  if (values.before !== undefined) positiveId(values.before, '--before');
  if (values.search !== undefined && values.search.length > 500)
    throw new UsageError('--search is at most 500 characters');
}

async function folderIdOf(reader: ReaderApi, path: string): Promise<number> {
  const wanted = path
    .split('/')
    .map((name) => name.trim())
    .filter(Boolean)
    .join('/');
  const folder = (await reader.listFolders({})).find((f) => f.path === wanted);
  if (!folder) throw new Error(`there is no folder "${wanted}"`);
  return folder.id;
}

export async function readAll(
  reader: ReaderApi,
  values: ReadAllValues,
): Promise<{ json: unknown; text: string }> {
  const scope: ArgsOf<'markAllRead'> = {
    ...(values.feed !== undefined ? { feedId: positiveId(values.feed, 'feed id') } : {}),
    ...(values.folder !== undefined ? { folderId: await folderIdOf(reader, values.folder) } : {}),
    ...(values.search !== undefined ? { search: values.search } : {}),
    ...(values.before !== undefined ? { upToEntryId: positiveId(values.before, '--before') } : {}),
  };
  const { changed, entryIds } = await reader.markAllRead(scope);
  return { json: { changed, entryIds }, text: `Marked ${changed} read.\n` };
}
