// Worker thread entry: parses feeds off the main thread, which keeps fetching and storing.
// A hostile feed that exhausts this worker's heap kills only the worker (see parseWorkerPool.ts).
import { parentPort } from 'node:worker_threads';
import { parseFeed } from '../parse/parseFeed.ts';
import type { ParseInput } from '../parse/types.ts';

parentPort?.on('message', (input: ParseInput) => {
  parseFeed(input).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) =>
      parentPort?.postMessage({
        kind: 'error',
        message: `The feed could not be parsed: ${error instanceof Error ? error.message : String(error)}`,
      }),
  );
});

// Modules are loaded: the pool starts timing jobs from here (see maxParseMs).
parentPort?.postMessage('ready');
