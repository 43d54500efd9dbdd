// Tombstones are forgotten by walking pruned_keys in key order (forgetTombstones.ts), so the
// index on seen_at goes: every pruned post's keys were written into it as well as into the table.
export const prunedKeysSeenIndexMigration = `
  DROP INDEX pruned_keys_seen;
`;
