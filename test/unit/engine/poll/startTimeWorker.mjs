// A stand-in parse worker for parseWorkerPool.test.ts: answers each job with the moment this
// worker loaded (ms on the process's clock: workers share the main thread's timeOrigin).
import { parentPort } from 'node:worker_threads';

const loadedAt = performance.timeOrigin + performance.now();
parentPort?.on('message', () => {
  parentPort?.postMessage({ kind: 'html', html: String(loadedAt) });
});
parentPort?.postMessage('ready');
