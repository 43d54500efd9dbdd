// Ids are never reused: an open view of feed 12 must not silently show another feed that got id
// 12 after the first was removed (SQLite hands out max(id) + 1). Removed ids are remembered by
// triggers (schema migration 4); inserts take the next id above both.

/** SQL for a new row's id in feeds or folders. */
export function nextIdSql(table: 'feeds' | 'folders'): string {
  return `max(ifnull((SELECT max(id) FROM ${table}), 0),
    ifnull((SELECT id FROM id_high_water WHERE name = '${table}'), 0)) + 1`;
}
