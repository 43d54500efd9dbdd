// `orrery backup` while another process keeps writing (the crash test's writer: posts, reads and
// stars as fast as it can): the copy is one consistent snapshot, intact, counters agreeing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { databaseFileName } from '../../../../electron/engine/paths.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { unreadFlagSql } from '../../../../electron/engine/store/readState.ts';

const nodeBin = new URL('../../../../node_modules/.bin/node', import.meta.url).pathname;
const writer = new URL('./crashWriter.ts', import.meta.url).pathname;
const cli = new URL('../../../../electron/cli/main.ts', import.meta.url).pathname;

test('a backup taken while another process writes is consistent', async () => {
  const dir = tempDir('orrery-backup-');
  const child = spawn(nodeBin, [writer, join(dir.path, databaseFileName)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let lines = 0;
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: string) => {
        lines += chunk.split('\n').length - 1;
        if (lines >= 40) resolve();
      }),
    );
    const copies = ['one.sqlite', 'two.sqlite'].map((name) => join(dir.path, name));
    for (const copy of copies) {
      const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(nodeBin, [cli, '--data-dir', dir.path, 'backup', copy], (error, _out, stderr) =>
          resolve({ code: error ? 1 : 0, stderr }),
        ),
      );
      assert.equal(run.code, 0, run.stderr);
    }
    const written = lines;
    assert.ok(written > 40, 'the writer kept writing during the backups');
    const totals: number[] = [];
    for (const copy of copies) {
      const db = new DatabaseSync(copy, { readOnly: true });
      try {
        const check = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
        assert.deepEqual(
          check.map((row) => row.integrity_check),
          ['ok'],
        );
        const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
        const counters = db.prepare('SELECT unread, starred, total FROM counters').get() as {
          unread: number;
          starred: number;
          total: number;
        };
        assert.equal(counters.total, count('SELECT count(*) AS n FROM entries'));
        assert.equal(
          counters.unread,
          count(`SELECT count(*) AS n FROM entries WHERE ${unreadFlagSql('id')} = 1`),
        );
        assert.equal(
          counters.starred,
          count('SELECT count(*) AS n FROM entry_state WHERE starred = 1'),
        );
        totals.push(counters.total);
      } finally {
        db.close();
      }
    }
    assert.ok(totals[1]! > totals[0]!, `the second copy is later (${totals.join(' < ')})`);
  } finally {
    child.kill('SIGKILL');
    dir.dispose();
  }
});
