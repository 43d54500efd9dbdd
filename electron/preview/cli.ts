// npm run preview -- [--data-dir DIR] [--port N]
// Serves the real reader to a browser on 127.0.0.1 and prints the address (token included) on stdout.
import { parseArgs } from 'node:util';
import { openReader } from '../engine/reader.ts';
import { defaultDataDir } from '../engine/paths.ts';
import { ensureRendererBuilt, rendererOutDir } from './buildRenderer.ts';
import { startPreviewServer } from './server.ts';

const usage =
  'usage: npm run preview -- [--data-dir DIR] [--port N]   (--port 0 picks a free port)';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`orrery preview: --port must be 0-65535\n${usage}\n`);
    process.exitCode = 2;
    return;
  }
  if (await ensureRendererBuilt()) process.stderr.write('orrery preview: built the renderer\n');
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const reader = await openReader({ dataDir });
  reader.startPolling();
  const server = await startPreviewServer({
    reader,
    images: reader.images,
    port,
    staticDir: rendererOutDir,
  });
  process.stderr.write(`orrery preview: data in ${dataDir}; Ctrl+C stops\n`);
  process.stdout.write(`${server.url}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    reader.stopPolling();
    void server
      .close()
      .then(() => reader.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `orrery preview: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
