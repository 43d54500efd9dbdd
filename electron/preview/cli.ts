// npm run preview -- [--data-dir DIR] [--port N]
// Serves the real reader to a browser on 127.0.0.1 and prints the address (token included) on stdout.
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../engine/paths.ts';
import { runPreview } from './runPreview.ts';

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
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const preview = await runPreview({ dataDir, port });
  process.stderr.write(`orrery preview: data in ${dataDir}; Ctrl+C stops\n`);
  process.stdout.write(`${preview.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `orrery preview: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
