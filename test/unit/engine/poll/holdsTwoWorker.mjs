// A stand-in parse worker for parseWorkerPool.test.ts: it answers its first job only once it
// also holds the second (echoing each job's address), as a worker handed the next job early can.
// A pool that posts one job at a time never gets an answer from it.
import { parentPort } from 'node:worker_threads';

const held = [];
parentPort?.on('message', (job) => {
  held.push(job);
  if (held.length < 2) return;
  for (const answered of held.splice(0))
    parentPort?.postMessage({ kind: 'html', html: answered.url });
});
parentPort?.postMessage('ready');
