// Nested folders, unique by name within their parent.
import type { DatabaseSync } from 'node:sqlite';
import type { Folder } from '../../../shared/model.ts';
import { transaction } from './database.ts';
import { nextIdSql } from './nextId.ts';

interface FolderRow {
  id: number;
  name: string;
  parent_id: number | null;
}

/** Folder names as typed: slash-separated, blanks and surrounding spaces dropped. */
export function folderPathParts(path: string): string[] {
  return path
    .split('/')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}

export function folderQueries(db: DatabaseSync) {
  const findChild = db.prepare(
    'SELECT id FROM folders WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND name = ?',
  );
  const insert = db.prepare(
    `INSERT INTO folders (id, name, parent_id) VALUES (${nextIdSql('folders')}, ?, ?)`,
  );
  const all = db.prepare('SELECT id, name, parent_id FROM folders ORDER BY id');

  function listFolders(): Folder[] {
    const rows = all.all() as unknown as FolderRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const pathOf = (row: FolderRow, depth = 0): string => {
      const parent = row.parent_id === null ? undefined : byId.get(row.parent_id);
      // depth guards a cycle that only a hand-edited database could hold.
      return parent === undefined || depth > 64
        ? row.name
        : `${pathOf(parent, depth + 1)}/${row.name}`;
    };
    return rows
      .map((row) => ({ id: row.id, name: row.name, parentId: row.parent_id, path: pathOf(row) }))
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  function ensureFolder(path: string | null): number | null {
    if (path === null) return null;
    const parts = folderPathParts(path);
    if (parts.length === 0) return null;
    return transaction(db, () => {
      let parent: number | null = null;
      for (const name of parts) {
        const found = findChild.get(parent, name) as { id: number } | undefined;
        parent = found ? found.id : Number(insert.run(name, parent).lastInsertRowid);
      }
      return parent;
    });
  }

  /** The folder and every folder inside it. */
  function subtree(folderId: number): number[] {
    const rows = db
      .prepare(
        `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT f.id FROM folders f JOIN sub ON f.parent_id = sub.id)
         SELECT id FROM sub`,
      )
      .all(folderId) as unknown as { id: number }[];
    return rows.map((row) => row.id);
  }

  return { listFolders, ensureFolder, subtree };
}
