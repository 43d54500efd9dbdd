// Builds the renderer with Vite (vite.config.ts) when dist/renderer is missing or older than its sources.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const rendererOutDir = join(projectRoot, 'dist', 'renderer');

function newestMtime(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function rendererIsStale(root = projectRoot): boolean {
  const built = statSync(join(root, 'dist', 'renderer', 'index.html'), { throwIfNoEntry: false });
  if (!built) return true;
  const sources = Math.max(
    newestMtime(join(root, 'renderer')),
    newestMtime(join(root, 'shared')),
    newestMtime(join(root, 'vite.config.ts')),
  );
  return sources > built.mtimeMs;
}

/** Returns whether it built. */
export async function ensureRendererBuilt(root = projectRoot): Promise<boolean> {
  if (!rendererIsStale(root)) return false;
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
