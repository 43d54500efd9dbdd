// Where a post's read flag lives (issue 9: marking 10k posts read at 1M posts). Read flags are
// bits, 64 posts to a row of read_state (block = id >> 6, bit = id & 63): a mark of 10,000 posts
// spread over a million rewrites the ~100 pages of read_state instead of every page of a
// row-per-post table. `posts` has a bit for each stored post, `read` for each read one; a bit
// of `read` means something only where `posts` has it (a removed post leaves its read bit until
// a new post takes the id: see readStateSchema.ts). Every reader of the flag goes through these.

/** SQL: 1 when the stored post `id` (an SQL expression) is read, else 0. */
export function readFlagSql(id: string): string {
  return `ifnull((SELECT ((rs.posts & rs.read) >> (${id} & 63)) & 1 FROM read_state rs
    WHERE rs.block = (${id}) >> 6), 0)`;
}

/** SQL: 1 when the post `id` is stored and unread, else 0 (0 for a post that is gone). */
export function unreadFlagSql(id: string): string {
  return `ifnull((SELECT ((rs.posts & ~rs.read) >> (${id} & 63)) & 1 FROM read_state rs
    WHERE rs.block = (${id}) >> 6), 0)`;
}

/** SQL: the block and bit mask of each id in `ids` (rows with an `id` column, distinct ids). */
export function blockMasksSql(ids: string): string {
  return `SELECT id >> 6 AS block, sum(1 << (id & 63)) AS bits FROM (${ids}) GROUP BY id >> 6`;
}
