// kill -9 tests: a writer process changes a real SQLite file and prints each change only after
// the call that made it has committed (an acknowledged change); the test kills it with SIGKILL
// at a chosen line, then checks the file. Shared by the store's crash tests.
import { spawn } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';

/** The project's Node (node:sqlite), for writer processes. */
export const nodeBin = new URL('../../node_modules/.bin/node', import.meta.url).pathname;

/**
 * Runs `writer file ...moreArgs` and kills it with SIGKILL once `killAt` says so for a line; resolves with
 * every complete line it printed (a partial last line was never acknowledged). Rejects when the
 * writer ends on its own: then nothing was tested.
 */
export function runUntilKilled(
  writer: string,
  file: string,
  killAt: (line: string, lines: readonly string[]) => boolean,
  moreArgs: readonly string[] = [],
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [writer, file, ...moreArgs], {
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
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        lines.push(line);
        if (!killed && killAt(line, lines)) {
          killed = true;
          child.kill('SIGKILL');
        }
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

/** The post ids of the acknowledged `read 1,2,3` and `starred 4,5` lines. */
export function acknowledgedMarks(lines: readonly string[]): {
  read: Set<number>;
  starred: Set<number>;
} {
  const read = new Set<number>();
  const starred = new Set<number>();
  for (const line of lines) {
    const [kind, list] = line.split(' ');
    const ids = (list ?? '').split(',').filter(Boolean).map(Number);
    if (kind === 'read') ids.forEach((id) => read.add(id));
    if (kind === 'starred') ids.forEach((id) => starred.add(id));
  }
  return { read, starred };
}

/** PRAGMA integrity_check's rows: ['ok'] for an intact file. */
export function integrityCheck(file: string): string[] {
  const db = new DatabaseSync(file);
  try {
    const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check);
  } finally {
    db.close();
  }
}
