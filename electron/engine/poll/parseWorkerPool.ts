// Parsing on a second core: one worker thread, started on first use, given one job at a time.
// If the worker dies (a hostile feed exhausting its heap limit), the job it held fails with a
// sentence, the queue goes on in a fresh worker, and the main thread never notices more.
import { Worker } from 'node:worker_threads';
import { parseJob, type ParseFn, type ParseJob, type ParseJobResult } from './parseJob.ts';

interface Queued {
  readonly job: ParseJob;
  readonly resolve: (result: ParseJobResult) => void;
}

export interface ParseWorkerPool {
  readonly parse: ParseFn;
  close(): Promise<void>;
}

export interface ParseWorkerOptions {
  /** The worker script: parseWorker.ts from source, or the bundled parseWorker.js in the app. */
  readonly workerUrl: URL;
  /** Heap limit of the worker; a feed that needs more is refused, not the app. Default 512 MB. */
  readonly maxHeapMb?: number;
}

export function createParseWorkerPool(options: ParseWorkerOptions): ParseWorkerPool {
  const queue: Queued[] = [];
  let worker: Worker | null = null;
  let current: Queued | null = null;
  let closed = false;
  // A worker that cannot even start (script missing from a build, no threads) means parsing
  // in-thread from then on: slower, never broken.
  let inThread = false;

  function start(): Worker {
    const started = new Worker(options.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
    });
    let answered = false;
    started.on('message', (result: ParseJobResult) => {
      answered = true;
      const done = current;
      current = null;
      done?.resolve(result);
      next();
    });
    let failure: (Error & { code?: string }) | null = null;
    started.on('error', (error) => {
      failure = error; // the exit handler decides what it means
    });
    started.on('exit', () => {
      if (worker === started) worker = null;
      const killer = current;
      current = null;
      const outOfMemory = failure?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!answered && !outOfMemory && !closed) {
        inThread = true;
        if (killer) queue.unshift(killer);
        return next();
      }
      killer?.resolve({
        kind: 'error',
        message: outOfMemory
          ? 'The feed could not be parsed: it needs more memory than Orrery allows one feed.'
          : 'The feed could not be parsed: the parser stopped unexpectedly.',
      });
      next();
    });
    return started;
  }

  function next(): void {
    if (current) return;
    const job = queue.shift();
    if (!job) {
      worker?.unref(); // idle: never keep the process alive
      return;
    }
    if (closed) return job.resolve({ kind: 'error', message: 'Orrery is closing.' });
    if (inThread) {
      current = job;
      void parseJob(job.job)
        .catch((error: unknown) => ({ kind: 'error' as const, message: String(error) }))
        .then((result) => {
          current = null;
          job.resolve(result);
          next();
        });
      return;
    }
    worker ??= start();
    worker.ref();
    current = job;
    // Copy into a buffer of our own and hand it over: no second copy, no shared pool memory.
    const bytes = new Uint8Array(job.job.bytes);
    worker.postMessage({ ...job.job, bytes }, [bytes.buffer]);
  }

  return {
    parse: (job) =>
      new Promise((resolve) => {
        queue.push({ job, resolve });
        next();
      }),
    async close() {
      closed = true;
      for (const job of queue.splice(0))
        job.resolve({ kind: 'error', message: 'Orrery is closing.' });
      const running = worker;
      worker = null;
      await running?.terminate();
    },
  };
}
