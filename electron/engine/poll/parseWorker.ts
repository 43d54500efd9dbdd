// Worker thread entry: parses feeds (and extracts articles from pages) off the main thread,
// which keeps fetching and storing. A hostile input that exhausts this worker's heap kills only
// the worker (see parseWorkerPool.ts).
import { parentPort } from 'node:worker_threads';
import { parseFeed } from '../parse/parseFeed.ts';
import { runJobInThread, type WorkerJob } from './workerJobs.ts';

// One job at a time, in order, even when the pool hands over the next one early.
let previous: Promise<void> = Promise.resolve();

parentPort?.on('message', (input: WorkerJob) => {
  previous = previous.then(() =>
    runJobInThread(input, parseFeed).then(
      (result) => parentPort?.postMessage(result),
      (error: unknown) =>
        parentPort?.postMessage({
          kind: 'error',
          message: `The feed could not be parsed: ${error instanceof Error ? error.message : String(error)}`,
        }),
    ),
  );
});

// Modules are loaded: the pool starts timing jobs from here (see maxParseMs).
parentPort?.postMessage('ready');
