// The CLI goes through the contract's zod schemas like IPC and the preview: what a method's schema
// refuses is a usage error (exit 2) and opens no data directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/fixtures.ts';
import { runOrrery } from '../../support/orreryCli.ts';

test('arguments the contract refuses exit 2 with the reason, and change nothing', async () => {
  const data = tempDir();
  try {
    for (const args of [
      ['entries', '--search', 'x'.repeat(501)],
      ['add', '   '],
      ['add', `http://127.0.0.1/${'a'.repeat(5000)}`],
      ['add', 'http://127.0.0.1/feed', '--folder', 'f'.repeat(2000)],
    ]) {
      const run = await runOrrery(data.path, args);
      assert.equal(run.code, 2, `${args[0]}: ${run.stderr}`);
      assert.match(run.stderr, /Usage: orrery/);
      assert.match(run.stderr, /search|url|folder/);
      assert.equal(run.stdout, '');
    }
    assert.ok(!existsSync(join(data.path, 'orrery.sqlite')), 'a refused call opens no database');
  } finally {
    data.dispose();
  }
});
