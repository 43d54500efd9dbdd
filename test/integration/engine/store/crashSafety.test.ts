// kill -9 in the middle of writing must never cost an acknowledged read/starred change or
// leave a damaged database (WAL, one transaction per call, synchronous=NORMAL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { openStore } from '../../../../electron/engine/store/index.ts';
import { tempDir } from '../../../support/fixtures.ts';

const nodeBin = new URL('../../../../node_modules/.bin/node', import.meta.url).pathname;
const writer = new URL('./crashWriter.ts', import.meta.url).pathname;

function runAndKill(file: string, acknowledgedLines: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [writer, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    const lines: string[] = [];
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        lines.push(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
      if (!killed && lines.length >= acknowledgedLines) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended on its own: ${stderr}`));
      // A partial last line was never acknowledged.
      else resolve(lines);
    });
  });
}

test('after kill -9 mid-run the database is intact and every acknowledged change is there', async () => {
  const dir = tempDir('orrery-crash-');
  try {
    const file = join(dir.path, 'orrery.sqlite');
    // Twice: the second run writes on top of a database recovered from the first crash.
    const lines = [...(await runAndKill(file, 120)), ...(await runAndKill(file, 90))];
    const read = new Set<number>();
    const starred = new Set<number>();
    for (const line of lines) {
      const [kind, list] = line.split(' ');
      const ids = (list ?? '').split(',').filter(Boolean).map(Number);
      if (kind === 'read') ids.forEach((id) => read.add(id));
      if (kind === 'starred') ids.forEach((id) => starred.add(id));
    }
    assert.ok(read.size >= 500, `expected many acknowledged reads, got ${read.size}`);

    const db = new DatabaseSync(file);
    const check = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
    assert.deepEqual(
      check.map((row) => row.integrity_check),
      ['ok'],
    );
    db.close();

    const store = openStore(file);
    try {
      const state = new Map(
        store.listEntries({ limit: 10_000 }).entries.map((row) => [row.id, row]),
      );
      for (const id of read) assert.equal(state.get(id)?.read, true, `read ${id} lost`);
      for (const id of starred) assert.equal(state.get(id)?.starred, true, `star ${id} lost`);
      // The maintained counters agree with the rows after the crash.
      const unread = [...state.values()].filter((row) => !row.read).length;
      assert.equal(store.unreadCounts().allUnread, unread);
      assert.equal(store.feedSummaries()[0]?.unread, unread);
      assert.equal(
        store.unreadCounts().starred,
        [...state.values()].filter((row) => row.starred).length,
      );
    } finally {
      store.close();
    }
  } finally {
    dir.dispose();
  }
});
