// `npm start` where Electron cannot run (here: no display) starts the browser preview on the data
// directory instead and prints its address, which serves the reader.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { openReader } from '../../../electron/engine/reader.ts';
import { tempDir } from '../../support/fixtures.ts';

const start = new URL('../../../scripts/start.ts', import.meta.url).pathname;

test('without a display, npm start serves the preview on the same data directory', async () => {
  const data = tempDir();
  // Not a first run: nothing to fetch from the internet.
  const seed = await openReader({ dataDir: data.path, firstRunFeeds: [], parseWorkerUrl: null });
  await seed.addFolder({ path: 'Seeded' });
  await seed.close();
  const env: NodeJS.ProcessEnv = { ...process.env, ORRERY_DATA_DIR: data.path, CI: 'true' };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(process.execPath, [start], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(
        () => reject(new Error(`no address in 120 s:\n${stdout}\n${stderr}`)),
        120_000,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\/t\/[\w-]+\//.exec(stdout);
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}:\n${stdout}\n${stderr}`)));
    });
    assert.match(stderr, /no display/);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="root"|<html/i);
    const token = /\/t\/([\w-]+)\//.exec(new URL(url).pathname)![1]!;
    const folders = await fetch(new URL('/api/reader/listFolders', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-orrery-token': token },
      body: '{}',
    });
    assert.deepEqual(
      ((await folders.json()) as { path: string }[]).map((f) => f.path),
      ['Seeded'],
      'the same data directory',
    );
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    data.dispose();
  }
});
