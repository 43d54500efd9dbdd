// Retention's rules come from the preferences in the data directory (shared by every face).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from '../../../../electron/engine/reader.ts';
import { defaultPreferences } from '../../../../shared/api.ts';
import { tempDir } from '../../../support/fixtures.ts';

test('keep read posts N days and at most M per feed are preferences the pruner follows', async () => {
  const dir = tempDir();
  try {
    assert.equal(defaultPreferences.keepReadDays, 90);
    assert.equal(defaultPreferences.maxPostsPerFeed, 1000);
    const reader = await openReader({ dataDir: dir.path, firstRunFeeds: [] });
    try {
      const before = await reader.prune({ dryRun: true });
      assert.deepEqual([before.keepReadDays, before.maxPerFeed], [90, 1000]);
      await reader.setPreferences({ keepReadDays: 14, maxPostsPerFeed: 200 });
      const after = await reader.prune({ dryRun: true });
      assert.deepEqual([after.keepReadDays, after.maxPerFeed], [14, 200]);
      await assert.rejects(async () => reader.setPreferences({ keepReadDays: 0 }));
    } finally {
      await reader.close();
    }
    // Another face (the CLI) opening the same directory reads the same rules.
    const again = await openReader({ dataDir: dir.path, firstRunFeeds: [] });
    try {
      assert.equal((await again.prune({ dryRun: true })).keepReadDays, 14);
    } finally {
      await again.close();
    }
  } finally {
    dir.dispose();
  }
});
