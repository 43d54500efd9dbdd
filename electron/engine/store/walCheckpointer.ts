// Checkpoints the WAL from a worker thread while a long run of small transactions goes on
// (pruning). Otherwise SQLite copies the WAL back into the database inside whichever commit
// crosses 1,000 pages, fsync included: a main-thread stall of tens to hundreds of milliseconds
// every few prune steps. A PASSIVE checkpoint on a second connection runs beside the writer and
// never blocks it; the writer then only appends to the WAL.
import { Worker } from 'node:worker_threads';
import type { DatabaseSync } from 'node:sqlite';

// Plain script evaluated by the worker: nothing more for the desktop app's bundle (and no
// require() in the ES module main.js; getBuiltinModule reaches Node's own modules).
export const workerSource = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
const db = new DatabaseSync(workerData.file);
const passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
// The last one also cuts the WAL file back to nothing, when no one else is reading it.
const truncate = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let frames = -1;
  try {
    const result = (message === 'last' ? truncate : passive).get();
    frames = result.log;
  } catch {
    // Locked for a moment (another process's checkpoint): the next request tries again.
  }
  parentPort.postMessage(frames);
});
`;

export interface BackgroundCheckpoints {
  /**
   * Between two steps: asks for a checkpoint unless one is running, and once the WAL has grown
   * past a few MiB, waits (without blocking the event loop) for one that covers all of it, so the
   * next write starts the WAL over instead of growing it (it restarts only when fully copied).
   */
  between(): Promise<void>;
  /** A last checkpoint, then the connection checkpoints for itself again and the worker ends. */
  stop(): Promise<void>;
}

const inline: BackgroundCheckpoints = { between: async () => {}, stop: async () => {} };
const stopTimeoutMs = 10_000;
/** WAL frames (pages) after which the writer waits for a checkpoint to catch up: 64 MiB. */
const catchUpFrames = 16_384;

/** Moves `db`'s automatic checkpoints to a worker thread until stop(). */
export function startBackgroundCheckpoints(db: DatabaseSync, file: string): BackgroundCheckpoints {
  if (file === ':memory:') return inline;
  const pages = (db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number })
    .wal_autocheckpoint;
  let worker: Worker;
  try {
    worker = new Worker(workerSource, { eval: true, workerData: { file } });
  } catch {
    return inline;
  }
  worker.unref();
  let autoRestored = false;
  const restoreAuto = () => {
    if (autoRestored) return;
    autoRestored = true;
    db.exec(`PRAGMA wal_autocheckpoint = ${pages}`);
  };
  db.exec('PRAGMA wal_autocheckpoint = 0');
  let running: Promise<void> | null = null;
  let settle: (() => void) | null = null;
  let alive = true;
  const ended = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      alive = false;
      settle?.();
      resolve();
    }),
  );
  let walFrames = 0;
  worker.on('message', (frames: number) => {
    if (frames >= 0) walFrames = frames;
    settle?.();
  });
  // A worker that cannot run (no node:sqlite there) leaves the connection as it was.
  worker.on('error', (error) => {
    console.error('orrery: background checkpoints stopped:', error);
    try {
      restoreAuto();
    } catch {
      // The store was closed meanwhile: nothing left to give back.
    }
  });

  function request(kind: 'checkpoint' | 'last' = 'checkpoint'): Promise<void> {
    if (!alive) return Promise.resolve();
    running ??= new Promise<void>((resolve) => {
      settle = () => {
        settle = null;
        running = null;
        resolve();
      };
      worker.postMessage(kind);
    });
    return running;
  }

  return {
    async between() {
      if (walFrames < catchUpFrames) {
        void request();
        return;
      }
      // No write until both are done: the second copies everything, and the WAL starts over.
      await running;
      await request();
      walFrames = 0;
    },
    async stop() {
      await running;
      await request('last');
      restoreAuto();
      if (alive) worker.postMessage('close');
      const timer = setTimeout(() => void worker.terminate(), stopTimeoutMs);
      await ended;
      clearTimeout(timer);
    },
  };
}
