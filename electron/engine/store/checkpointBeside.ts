// Large marks (issue 9: 10k posts read at 1M posts) commit without copying the WAL back into the
// database file on the spot. Their ids are spread over the store, so one mark writes a few
// thousand entry_state pages, past SQLite's 1,000-page automatic checkpoint: the commit then
// copied every page back and synced the file, more than the mark itself took (~70 ms of the
// main thread's CPU at 1M). The copy now runs on a worker's connection (the PASSIVE checkpoint of
// walCheckpointer.ts, which never blocks the writer); small marks are left as they were.
import { Worker } from 'node:worker_threads';
import type { DatabaseSync } from 'node:sqlite';
import { workerSource } from './walCheckpointer.ts';

/** Posts changed by one mark from which its checkpoint goes to the worker. */
export const largeMark = 1_000;

export interface CheckpointBeside {
  /**
   * Runs a durable change likely to be large (its own transaction) without the commit's own
   * checkpoint; when it changed many posts, the worker copies. A smaller one leaves the copy to
   * the next commit, as SQLite does when a checkpoint cannot run.
   */
  run<T>(fn: () => T, changed: (result: T) => number): T;
  /** Ends the worker (its connection closes once a running checkpoint is done). */
  close(): void;
}

export function checkpointBeside(db: DatabaseSync, file: string): CheckpointBeside {
  let worker: Worker | null = null;
  let busy = false;
  let again = false;

  function start(): Worker | null {
    try {
      const started = new Worker(workerSource, { eval: true, workerData: { file } });
      started.unref();
      started.on('message', () => {
        busy = again;
        again = false;
        if (busy) started.postMessage('checkpoint');
      });
      // Without the worker, the next commit checkpoints as SQLite always did.
      started.on('error', () => {
        worker = null;
      });
      return started;
    } catch {
      return null;
    }
  }

  function request(): void {
    worker ??= start();
    if (!worker) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    worker.postMessage('checkpoint');
  }

  return {
    run<T>(fn: () => T, changed: (result: T) => number): T {
      if (file === ':memory:' || db.isTransaction) return fn();
      const pages = (
        db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number }
      ).wal_autocheckpoint;
      db.exec('PRAGMA wal_autocheckpoint = 0');
      let result: T;
      try {
        result = fn();
      } finally {
        db.exec(`PRAGMA wal_autocheckpoint = ${pages}`);
      }
      if (changed(result) >= largeMark) request();
      return result;
    },
    close() {
      worker?.postMessage('close');
      worker = null;
    },
  };
}

/** A mark of posts by id (setRead, setStarred) whose large calls checkpoint on the worker. */
export function besideWhenLarge(
  beside: CheckpointBeside,
  mark: (ids: readonly number[], flag: boolean) => number,
): (ids: readonly number[], flag: boolean) => number {
  return (ids, flag) =>
    ids.length >= largeMark
      ? beside.run(
          () => mark(ids, flag),
          (n) => n,
        )
      : mark(ids, flag);
}
