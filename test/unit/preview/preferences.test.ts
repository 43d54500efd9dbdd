// The preview serves the same HostApi as the app: its preferences live in the data directory and
// survive a restart of the preview (they were kept in memory before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Preferences } from '../../../shared/api.ts';
import { openReader } from '../../../electron/engine/reader.ts';
import { startPreviewServer } from '../../../electron/preview/server.ts';
import { tempDir } from '../../support/fixtures.ts';

async function withPreview<T>(
  dataDir: string,
  staticDir: string,
  fn: (call: (method: string, body: unknown) => Promise<Response>) => Promise<T>,
): Promise<T> {
  const reader = await openReader({ dataDir, firstRunFeeds: [], parseWorkerUrl: null });
  const preview = await startPreviewServer({ reader, staticDir });
  try {
    return await fn((method, body) =>
      fetch(`${preview.origin}/api/host/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-orrery-token': preview.token },
        body: JSON.stringify(body),
      }),
    );
  } finally {
    await preview.close();
    await reader.close();
  }
}

test('preferences set in the preview are there after it restarts on the same data directory', async () => {
  const dir = tempDir('orrery-preview-prefs-');
  try {
    const staticDir = join(dir.path, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Orrery</title>');
    const dataDir = join(dir.path, 'data');
    await withPreview(dataDir, staticDir, async (call) => {
      const saved = await call('setPreferences', {
        theme: 'dark',
        pollIntervalMinutes: 30,
        collapsedFolders: [3, 7],
      });
      assert.equal(saved.status, 200);
      assert.equal((await call('setPreferences', { pollIntervalMinutes: 1 })).status, 400);
    });
    const after = await withPreview(
      dataDir,
      staticDir,
      async (call) => (await (await call('getPreferences', {})).json()) as Preferences,
    );
    assert.deepEqual(
      [after.theme, after.pollIntervalMinutes, after.collapsedFolders],
      ['dark', 30, [3, 7]],
    );
  } finally {
    dir.dispose();
  }
});
