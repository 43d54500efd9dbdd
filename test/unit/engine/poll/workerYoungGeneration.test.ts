// The parse worker's young generation is its own, not the CLI's 1 MB semi-spaces: in a process
// started with --max-semi-space-size=1 (as bin/orrery.js starts itself), a worker started
// after the parse pool has started its own gets 2 MB semi-spaces (its new space holds two).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureBytes } from '../../../support/fixtures.ts';
import { runModule } from '../../../support/runModule.ts';

const source = (path: string) => new URL(`../../../../${path}`, import.meta.url).href;

/** What the new space (MB) of a worker grows to with plenty of short-lived garbage. */
const probeSource = `
  const { getHeapSpaceStatistics } = process.getBuiltinModule('node:v8');
  let kept = [];
  for (let i = 0; i < 3e6; i++) { kept.push({ i }); if (kept.length > 2000) kept = []; }
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.getBuiltinModule('node:worker_threads').parentPort.postMessage(space.space_size / 2 ** 20);
`;

/** The probe's new space in a CLI-like process, after the parse pool parsed a feed or not. */
function probeNewSpaceMb(afterParsePool: boolean): number {
  const feed = fixtureBytes('corpus/feeds/hugo-rss.xml').toString('base64');
  const script = `
    import { Worker } from 'node:worker_threads';
    import { createParseWorkerPool } from ${JSON.stringify(source('electron/engine/poll/parseWorkerPool.ts'))};
    if (${afterParsePool}) {
      const pool = createParseWorkerPool({ workerUrl: new URL(${JSON.stringify(source('electron/engine/poll/parseWorker.ts'))}) });
      const parsed = await pool.parse({ url: 'https://example.org/feed', contentType: 'application/rss+xml',
        bytes: Buffer.from(${JSON.stringify(feed)}, 'base64') });
      if (parsed.kind !== 'feed') throw new Error('not parsed: ' + parsed.kind);
      await pool.close();
    }
    const probe = new Worker(${JSON.stringify(probeSource)}, { eval: true });
    probe.on('message', (mb) => { console.log(mb); void probe.terminate(); });
  `;
  const run = runModule(script, ['--max-semi-space-size=1']);
  assert.equal(run.status, 0, run.stderr);
  return Number(run.stdout.trim());
}

test('the parse pool gives its workers 2 MB semi-spaces, not the 1 MB of the command line', () => {
  assert.equal(probeNewSpaceMb(false), 2, 'the 1 MB flag sizes a plain worker (the cause)');
  assert.equal(probeNewSpaceMb(true), 4);
});
