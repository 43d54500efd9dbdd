// Renaming, nesting and removing folders. Names stay unique within their parent, a folder never
// moves into itself, and a removed folder's feeds move up to its parent unless they go with it.
import type { DatabaseSync } from 'node:sqlite';
import type { Folder } from '../../../shared/model.ts';
import { transaction } from './database.ts';

export class FolderError extends Error {
  override name = 'FolderError';
}

interface FolderRow {
  id: number;
  name: string;
  parent_id: number | null;
}

export function folderEditQueries(
  db: DatabaseSync,
  subtree: (folderId: number) => number[],
  listFolders: () => Folder[],
) {
  const byId = db.prepare('SELECT id, name, parent_id FROM folders WHERE id = ?');
  const sibling = db.prepare(
    'SELECT id FROM folders WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND name = ? AND id <> ?',
  );

  function folder(id: number): Folder {
    const found = listFolders().find((f) => f.id === id);
    if (!found) throw new FolderError(`There is no folder ${id}.`);
    return found;
  }

  function row(id: number): FolderRow {
    const found = byId.get(id) as FolderRow | undefined;
    if (!found) throw new FolderError(`There is no folder ${id}.`);
    return found;
  }

  function checkFree(parentId: number | null, name: string, id: number): void {
    if (sibling.get(parentId, name, id)) {
      throw new FolderError(`There is already a folder named "${name}" there.`);
    }
  }

  function renameFolder(id: number, name: string): Folder {
    return transaction(db, () => {
      const current = row(id);
      checkFree(current.parent_id, name, id);
      db.prepare('UPDATE folders SET name = ? WHERE id = ?').run(name, id);
      return folder(id);
    });
  }

  function moveFolder(id: number, parentId: number | null): Folder {
    return transaction(db, () => {
      const current = row(id);
      if (parentId !== null) {
        row(parentId);
        if (subtree(id).includes(parentId)) {
          throw new FolderError('A folder cannot be moved into itself or one of its subfolders.');
        }
      }
      checkFree(parentId, current.name, id);
      db.prepare('UPDATE folders SET parent_id = ? WHERE id = ?').run(parentId, id);
      return folder(id);
    });
  }

  /** The feeds in a folder and its subfolders. */
  function feedsUnder(id: number): number[] {
    const rows = db
      .prepare('SELECT id FROM feeds WHERE folder_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(subtree(id))) as unknown as { id: number }[];
    return rows.map((r) => r.id);
  }

  /** Removes the folder and its subfolders; feeds move up to its parent (the caller removes them first when they go too). */
  function removeFolder(id: number): { removedFolders: number; movedFeeds: number } {
    return transaction(db, () => {
      const current = row(id);
      const folders = subtree(id);
      const moved = db
        .prepare(
          'UPDATE feeds SET folder_id = ? WHERE folder_id IN (SELECT value FROM json_each(?))',
        )
        .run(current.parent_id, JSON.stringify(folders));
      db.prepare('DELETE FROM folders WHERE id = ?').run(id);
      return { removedFolders: folders.length, movedFeeds: Number(moved.changes) };
    });
  }

  return { folder, renameFolder, moveFolder, removeFolder, feedsUnder };
}
