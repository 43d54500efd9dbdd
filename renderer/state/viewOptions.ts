// Per view, remembered: unread only or all, and the order (newest or oldest first; relevance
// while searching). Kept in the page's localStorage, keyed by view; pure apart from that store.
import type { EntryQuery } from '../../shared/model.ts';
import { queryForView, viewKey, type View } from './views.ts';

export type SortOrder = 'newest' | 'oldest' | 'relevance';

export interface ViewOptions {
  readonly unreadOnly: boolean;
  readonly sort: SortOrder;
}

const storageKey = 'orrery.viewOptions';

export function defaultViewOptions(view: View): ViewOptions {
  return { unreadOnly: view.kind === 'unread', sort: 'newest' };
}

function readAll(): Record<string, Partial<ViewOptions>> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(storageKey) ?? '{}');
    return parsed && typeof parsed === 'object'
      ? (parsed as Record<string, Partial<ViewOptions>>)
      : {};
  } catch {
    return {};
  }
}

/** The options remembered for a view, checked field by field (the store is the page's, not ours). */
export function loadViewOptions(view: View): ViewOptions {
  const saved = readAll()[viewKey(view)] ?? {};
  const fallback = defaultViewOptions(view);
  return {
    unreadOnly: typeof saved.unreadOnly === 'boolean' ? saved.unreadOnly : fallback.unreadOnly,
    sort: saved.sort === 'oldest' || saved.sort === 'relevance' ? saved.sort : fallback.sort,
  };
}

export function saveViewOptions(view: View, options: ViewOptions): void {
  try {
    globalThis.localStorage?.setItem(
      storageKey,
      JSON.stringify({ ...readAll(), [viewKey(view)]: options }),
    );
  } catch {
    // Storage full or refused: the choice holds for this session only.
  }
}

/** The list's query: the view's, with unread-only (when not searching) and the order applied. */
export function queryWithOptions(view: View, search: string, options: ViewOptions): EntryQuery {
  const base = queryForView(view, search);
  const searching = search.trim() !== '';
  const { unread: _unread, ...rest } = base;
  const unread = searching ? base.unread : options.unreadOnly || undefined;
  const sort = options.sort === 'relevance' && !searching ? undefined : options.sort;
  return {
    ...rest,
    ...(unread ? { unread: true } : {}),
    ...(sort && sort !== 'newest' ? { sort } : {}),
  };
}
