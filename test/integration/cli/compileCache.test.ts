// The CLI's compile cache is in the user's own cache directory (XDG_CACHE_HOME/orrery, 0700), not
// in the shared temporary directory where another user could plant or read cached code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/fixtures.ts';
import { runOrrery } from '../../support/orreryCli.ts';

test(
  'the compile cache goes to XDG_CACHE_HOME/orrery, created 0700, and nothing to TMPDIR',
  { skip: process.platform === 'win32' },
  async () => {
    const root = tempDir();
    try {
      const cacheHome = join(root.path, 'cache');
      const tmp = join(root.path, 'tmp');
      mkdirSync(tmp);
      const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome, TMPDIR: tmp };
      delete env.NODE_COMPILE_CACHE;
      const run = await runOrrery(join(root.path, 'data'), ['feeds'], env);
      assert.equal(run.code, 0, run.stderr);
      const orreryCache = join(cacheHome, 'orrery');
      assert.equal((statSync(orreryCache).mode & 0o777).toString(8), '700');
      assert.equal((statSync(join(orreryCache, 'compile-cache')).mode & 0o777).toString(8), '700');
      assert.ok(
        readdirSync(join(orreryCache, 'compile-cache')).length > 0,
        'the cache was written',
      );
      assert.ok(!existsSync(join(tmp, 'node-compile-cache')), 'nothing cached in the shared tmp');
    } finally {
      root.dispose();
    }
  },
);
