// Parsing off the main thread: a few worker threads, started on demand, each given jobs from a
// shared queue, the next one while it runs one (see jobsInHand). Workers start with a small
// heap, which keeps the process small (V8 lets a heap grow towards its limit before it
// collects); a job that runs out of it is run once more on a worker with the full limit (a 20 MB
// feed of 20,000 items), then the next job gets a small worker again. If a worker dies with the
// full limit too (a hostile feed exhausting it), the job it ran fails with a sentence, those it
// held go back to the queue, which goes on in a fresh worker, and the main thread never notices
// more. A worker that cannot even start (script missing from a build) means parsing in-thread
// from then on: slower, never broken.
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
  /**
   * Starts a worker now, before any job, so that it loads its modules while the first bodies
   * are being fetched; resolves once it is ready (or could not start). Never keeps the process
   * alive.
   */
  warm(): Promise<void>;
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
  /** Jobs posted to the worker, in the order it runs them: the first is running. */
  held: Queued[];
  deadline: NodeJS.Timeout | null;
  timedOut: boolean;
  /** The worker has loaded its modules: the clock for a job starts then, not at start-up. */
  ready: boolean;
  /** The heap limit the lane's worker was started with. */
  heapMb: number;
}

const closing: ParseResult = { kind: 'error', message: 'Orrery is closing.' };

/** A worker holds the job after the one it runs, and starts it at once: otherwise it waits for
 * the main thread, busy storing the last feed, to take the result and post the next body (in a
 * profile of a 300-feed first refresh the worker sat idle a quarter of the time). */
const jobsInHand = 2;

export function createParseWorkerPool(options: ParseWorkerOptions): ParseWorkerPool {
  const queue: Queued[] = [];
  const lanes: Lane[] = Array.from({ length: Math.max(1, options.workers ?? 1) }, () => ({
    worker: null,
    held: [],
    deadline: null,
    timedOut: false,
    ready: false,
    heapMb: 0,
  }));
  const maxParseMs = options.maxParseMs ?? 30_000;
  const maxHeapMb = options.maxHeapMb ?? 512;
  const smallHeapMb = Math.min(options.smallHeapMb ?? 24, maxHeapMb);

  /** The running job is done (or lost): off the lane, its clock stopped. */
  function settle(lane: Lane): Queued | null {
    const done = lane.held.shift() ?? null;
    if (lane.deadline) clearTimeout(lane.deadline);
    lane.deadline = null;
    return done;
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
      startClock(lane);
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
      // Jobs it held but had not started go first again, in their order.
      queue.unshift(...lane.held.splice(0));
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
    if (!lane.ready || lane.held.length === 0 || lane.deadline || !running) return;
    lane.deadline = setTimeout(() => {
      lane.timedOut = true;
      void running.terminate();
    }, maxParseMs);
  }

  function runInThread(lane: Lane, job: Queued): void {
    lane.held = [job];
    void runJobInThread(job.job, parseInThread)
      .catch((error: unknown) => ({ kind: 'error' as const, message: String(error) }))
      .then((result) => {
        lane.held = [];
        job.resolve(result);
        dispatch();
      });
  }

  function dispatch(): void {
    if (closed) for (const job of queue.splice(0)) job.resolve(closing);
    // Every lane its first job before any its second.
    for (let depth = 1; depth <= (inThread ? 1 : jobsInHand); depth++) {
      for (const lane of lanes) if (lane.held.length < depth && queue.length > 0) give(lane);
    }
    // Idle workers never keep the process alive.
    for (const lane of lanes) if (lane.held.length === 0) lane.worker?.unref();
  }

  /** Hands the lane the next queued job, unless it must first finish on a heap of another size. */
  function give(lane: Lane): void {
    const job = queue[0]!;
    if (inThread) {
      queue.shift();
      runInThread(lane, job);
      return;
    }
    const heapMb = job.needsLargeHeap ? maxHeapMb : smallHeapMb;
    if (lane.worker && lane.heapMb !== heapMb) {
      if (lane.held.length > 0) return;
      // The large heap only for the job that needs it: its memory goes with the worker.
      retired.add(lane.worker);
      void lane.worker.terminate();
      lane.worker = null;
    }
    queue.shift();
    lane.worker ??= start(lane, heapMb);
    lane.worker.ref();
    lane.held.push(job);
    startClock(lane);
    // Copy into a buffer of our own and hand it over: no second copy, no shared pool memory.
    const bytes = new Uint8Array(job.job.bytes);
    lane.worker.postMessage({ ...job.job, bytes }, [bytes.buffer]);
  }

  /** Resolved when lane 0's worker is ready or gone (see warm). */
  let warmed: Promise<void> | null = null;

  function warm(): Promise<void> {
    const lane = lanes[0]!;
    if (closed || inThread || lane.worker) return warmed ?? Promise.resolve();
    const worker = start(lane, smallHeapMb);
    lane.worker = worker;
    worker.unref();
    // Its first message is 'ready'; a worker that cannot start exits instead.
    warmed = new Promise<void>((resolve) => {
      worker.once('message', () => resolve());
      worker.once('exit', () => resolve());
    });
    return warmed;
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
    warm: () => warm(),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.resolve(closing);
      const workers = lanes.map((lane) => lane.worker);
      for (const lane of lanes) lane.worker = null;
      await Promise.all(workers.map((worker) => worker?.terminate()));
    },
  };
}
