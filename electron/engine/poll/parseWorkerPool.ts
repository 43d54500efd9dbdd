// Parsing off the main thread: a few worker threads, started on demand, each given one job at a
// time from a shared queue. Workers start with a small heap, which keeps the process small
// (V8 lets a heap grow towards its limit before it collects); a job that runs out of it is run
// once more on a worker with the full limit (a 20 MB feed of 20,000 items), then the next job
// gets a small worker again. If a worker dies with the full limit too (a hostile feed exhausting
// it), the job it held fails with a sentence, the queue goes on in a fresh worker, and the main thread never
// notices more. A worker that cannot even start (script missing from a build) means parsing
// in-thread from then on: slower, never broken.
import { Worker } from 'node:worker_threads';
import { parseInThread } from './parseInThread.ts';
import { sizeWorkerYoungGeneration } from './workerYoungGeneration.ts';
import type { ParseInput, ParseResult } from '../parse/types.ts';
import type { BodyParseFn, BodyResult } from './bodyJob.ts';
import {
  articleFromWorker,
  runJobInThread,
  type ArticleFn,
  type WorkerJob,
  type WorkerResult,
} from './workerJobs.ts';

/** Bytes -> parsed feed, wherever it runs. */
export type ParseFn = (input: ParseInput) => Promise<ParseResult>;

interface Queued {
  readonly job: WorkerJob;
  readonly resolve: (result: WorkerResult) => void;
  /** Ran out of a small heap once: runs on a worker with the full limit. */
  readonly needsLargeHeap?: boolean;
}

export interface ParseWorkerPool {
  readonly parse: ParseFn;
  /** A fetched body, maybe compressed -> unchanged, or parsed (bodyJob.ts). */
  readonly parseBody: BodyParseFn;
  /** A post's web page -> its article (Readability), on the same worker and limits. */
  readonly extractArticle: ArticleFn;
  close(): Promise<void>;
}

export interface ParseWorkerOptions {
  /** The worker script: parseWorker.ts from source, or the bundled parseWorker.js in the app. */
  readonly workerUrl: URL;
  /** How many workers at most. Default 1: on the 300-feed refresh bench (2 cores) a second worker
   * gained nothing measurable over the noise and cost ~25 MB of peak memory. */
  readonly workers?: number;
  /** Heap limit of each worker; a feed that needs more is refused, not the app. Default 512 MB. */
  readonly maxHeapMb?: number;
  /** The heap a worker starts with; a job that needs more is retried with maxHeapMb. Default 24 MB. */
  readonly smallHeapMb?: number;
  /** Time one feed may take; a parse that runs longer is stopped so it cannot stall the queue. Default 30 s. */
  readonly maxParseMs?: number;
}

interface Lane {
  worker: Worker | null;
  current: Queued | null;
  deadline: NodeJS.Timeout | null;
  timedOut: boolean;
  /** The worker has loaded its modules: the clock for a job starts then, not at start-up. */
  ready: boolean;
  /** The heap limit the lane's worker was started with. */
  heapMb: number;
}

const closing: ParseResult = { kind: 'error', message: 'Orrery is closing.' };

export function createParseWorkerPool(options: ParseWorkerOptions): ParseWorkerPool {
  const queue: Queued[] = [];
  const lanes: Lane[] = Array.from({ length: Math.max(1, options.workers ?? 1) }, () => ({
    worker: null,
    current: null,
    deadline: null,
    timedOut: false,
    ready: false,
    heapMb: 0,
  }));
  const maxParseMs = options.maxParseMs ?? 30_000;
  const maxHeapMb = options.maxHeapMb ?? 512;
  const smallHeapMb = Math.min(options.smallHeapMb ?? 24, maxHeapMb);

  function settle(lane: Lane): Queued | null {
    const held = lane.current;
    lane.current = null;
    if (lane.deadline) clearTimeout(lane.deadline);
    lane.deadline = null;
    return held;
  }
  let closed = false;
  let inThread = false;
  const retired = new Set<Worker>();

  function start(lane: Lane, heapMb: number): Worker {
    lane.heapMb = heapMb;
    // A small young generation (2 MB semi-spaces): the worker's garbage (trees of one feed at
    // a time) is collected often instead of growing the process by tens of megabytes.
    sizeWorkerYoungGeneration();
    const started = new Worker(options.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    let answered = false;
    let failure: (Error & { code?: string }) | null = null;
    lane.ready = false;
    started.on('message', (result: WorkerResult | 'ready') => {
      if (result === 'ready') {
        lane.ready = true;
        startClock(lane);
        return;
      }
      answered = true;
      settle(lane)?.resolve(result);
      dispatch();
    });
    started.on('error', (error) => {
      failure = error; // the exit handler decides what it means
    });
    started.on('exit', () => {
      // An idle worker retired for one of another heap size: nothing of it is pending.
      if (retired.delete(started)) return;
      if (lane.worker === started) lane.worker = null;
      const held = settle(lane);
      const timedOut = lane.timedOut;
      lane.timedOut = false;
      const outOfMemory = failure?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (closed) {
        held?.resolve(closing);
      } else if (outOfMemory && held && !held.needsLargeHeap && heapMb < maxHeapMb) {
        queue.unshift({ ...held, needsLargeHeap: true });
      } else if (!answered && !outOfMemory && !timedOut) {
        inThread = true;
        if (held) queue.unshift(held);
      } else {
        held?.resolve({
          kind: 'error',
          message: outOfMemory
            ? 'The feed could not be parsed: it needs more memory than Orrery allows one feed.'
            : timedOut
              ? 'The feed took too long to parse; Orrery stopped trying.'
              : 'The feed could not be parsed: the parser stopped unexpectedly.',
        });
      }
      dispatch();
    });
    return started;
  }

  function startClock(lane: Lane): void {
    const running = lane.worker;
    if (!lane.ready || !lane.current || lane.deadline || !running) return;
    lane.deadline = setTimeout(() => {
      lane.timedOut = true;
      void running.terminate();
    }, maxParseMs);
  }

  function runInThread(lane: Lane, job: Queued): void {
    lane.current = job;
    void runJobInThread(job.job, parseInThread)
      .catch((error: unknown) => ({ kind: 'error' as const, message: String(error) }))
      .then((result) => {
        lane.current = null;
        job.resolve(result);
        dispatch();
      });
  }

  function dispatch(): void {
    for (const lane of lanes) {
      if (lane.current) continue;
      const job = queue.shift();
      if (!job) break;
      if (closed) {
        job.resolve(closing);
        continue;
      }
      if (inThread) {
        runInThread(lane, job);
        continue;
      }
      const heapMb = job.needsLargeHeap ? maxHeapMb : smallHeapMb;
      if (lane.worker && lane.heapMb !== heapMb) {
        // The large heap only for the job that needs it: its memory goes with the worker.
        retired.add(lane.worker);
        void lane.worker.terminate();
        lane.worker = null;
      }
      lane.worker ??= start(lane, heapMb);
      lane.worker.ref();
      lane.current = job;
      startClock(lane);
      // Copy into a buffer of our own and hand it over: no second copy, no shared pool memory.
      const bytes = new Uint8Array(job.job.bytes);
      lane.worker.postMessage({ ...job.job, bytes }, [bytes.buffer]);
    }
    // Idle workers never keep the process alive.
    for (const lane of lanes) if (!lane.current) lane.worker?.unref();
  }

  const enqueue = (job: WorkerJob): Promise<WorkerResult> =>
    new Promise((resolve) => {
      queue.push({ job, resolve });
      dispatch();
    });

  return {
    parse: (job) => enqueue(job) as Promise<ParseResult>,
    parseBody: (job) => enqueue(job) as Promise<BodyResult>,
    extractArticle: async (job) => articleFromWorker(await enqueue({ ...job, task: 'article' })),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.resolve(closing);
      const workers = lanes.map((lane) => lane.worker);
      for (const lane of lanes) lane.worker = null;
      await Promise.all(workers.map((worker) => worker?.terminate()));
    },
  };
}
