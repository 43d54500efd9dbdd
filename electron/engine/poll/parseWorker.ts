// Worker thread entry: parses feeds off the main thread, which keeps fetching and storing.
// A hostile feed that exhausts this worker's heap kills only the worker (see parseWorkerPool.ts).
import { parentPort } from 'node:worker_threads';
import { parseJob, type ParseJob } from './parseJob.ts';

parentPort?.on('message', (job: ParseJob) => {
  parseJob(job).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) =>
      parentPort?.postMessage({
        kind: 'error',
        message: `The feed could not be parsed: ${error instanceof Error ? error.message : String(error)}`,
      }),
  );
});
