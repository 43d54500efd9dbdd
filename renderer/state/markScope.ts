// What Shift+A marks: the view on screen, only the search's matches when there is a search, and
// only posts up to the newest the list has shown (later arrivals stay unread). Pure.
import type { ArgsOf } from '../../shared/api.ts';
import type { View } from './views.ts';

/** null when the list had shown nothing (no post stored yet): nothing to mark. */
export function markScope(
  view: View,
  search: string,
  upToEntryId: number,
): ArgsOf<'markAllRead'> | null {
  if (upToEntryId < 1) return null;
  const text = search.trim();
  return {
    ...(view.kind === 'feed' ? { feedId: view.id } : {}),
    ...(view.kind === 'folder' ? { folderId: view.id } : {}),
    ...(view.kind === 'starred' ? { starred: true } : {}),
    ...(text ? { search: text } : {}),
    upToEntryId,
  };
}
