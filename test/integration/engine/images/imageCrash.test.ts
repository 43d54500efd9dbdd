// kill -9 while images are being cached must leave the database intact, keep every acknowledged
// read mark, and never leave an index row naming a file that is not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { tempDir } from '../../../support/fixtures.ts';

const nodeBin = new URL('../../../../node_modules/.bin/node', import.meta.url).pathname;
const writer = new URL('./imageCrashWriter.ts', import.meta.url).pathname;

function runAndKill(dataDir: string, acknowledged: number, port = 0): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [writer, dataDir, String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
      if (!killed && lines.length >= acknowledged) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended on its own: ${stderr}`));
      else resolve(lines);
    });
  });
}

test('kill -9 during image caching: integrity ok, acknowledged marks kept, every cached row has its file', async () => {
  const dir = tempDir('orrery-image-crash-');
  try {
    const first = await runAndKill(dir.path, 40);
    const port = Number(first[0]?.split(' ')[1]);
    const lines = [...first, ...(await runAndKill(dir.path, 30, port))];
    const read = lines
      .filter((line) => line.startsWith('read '))
      .flatMap((line) => line.slice(5).split(',').map(Number));
    assert.ok(read.length >= 50, `expected many acknowledged reads, got ${read.length}`);

    const db = new DatabaseSync(join(dir.path, 'orrery.sqlite'));
    try {
      const check = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
      assert.deepEqual(
        check.map((row) => row.integrity_check),
        ['ok'],
      );
      const unread = db.prepare('SELECT read FROM entry_state WHERE entry_id = ?');
      for (const id of read) {
        assert.equal((unread.get(id) as { read: number } | undefined)?.read, 1, `read ${id} lost`);
      }
      const cached = db.prepare("SELECT hash FROM images WHERE status = 'ok'").all() as {
        hash: string;
      }[];
      assert.ok(cached.length > 0, 'some images were cached before the kill');
      for (const { hash } of cached) {
        assert.ok(existsSync(join(dir.path, 'images', hash.slice(0, 2), hash)), `file ${hash}`);
      }
    } finally {
      db.close();
    }
  } finally {
    dir.dispose();
  }
});
