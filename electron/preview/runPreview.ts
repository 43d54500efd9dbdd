// The browser preview as a running service: the Reader on a data directory, polling and watching
// other processes, served on 127.0.0.1 until SIGINT/SIGTERM. Used by `npm run preview` and by
// `npm start` where Electron cannot run.
import { join } from 'node:path';
import { passwordFileName } from '../engine/accounts/credentials.ts';
import { openReader } from '../engine/reader.ts';
import { ensureRendererBuilt, rendererOutDir } from './buildRenderer.ts';
import { startPreviewServer } from './server.ts';

export interface RunningPreview {
  /** http://127.0.0.1:PORT/t/<token>/ */
  readonly url: string;
  stop(): Promise<void>;
}

export async function runPreview(options: {
  dataDir: string;
  port?: number;
}): Promise<RunningPreview> {
  if (await ensureRendererBuilt()) process.stderr.write('orrery preview: built the renderer\n');
  const reader = await openReader({ dataDir: options.dataDir });
  process.stderr.write(
    `orrery preview: account passwords are kept in ${join(options.dataDir, passwordFileName)} (readable by you only)\n`,
  );
  reader.startPolling();
  const server = await startPreviewServer({
    reader,
    images: reader.images,
    port: options.port ?? 0,
    staticDir: rendererOutDir,
  });
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      reader.stopPolling();
      await server.close();
      await reader.close();
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(0)));
  }
  return { url: server.url, stop };
}
