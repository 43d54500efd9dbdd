// Node's compile cache for running from TypeScript source (the CLI, the preview, their parse
// workers). Node's default is a directory under the shared /tmp, where another user can plant or
// read cached code; ours lives in the user's own cache directory, created 0700.
import { enableCompileCache } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ensurePrivateDir } from './privateFiles.ts';

/** The per-user cache directory for Orrery: XDG_CACHE_HOME or ~/.cache on Linux and the BSDs. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform) {
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Orrery');
  if (platform === 'win32') {
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Orrery', 'Cache');
  }
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says to ignore a relative XDG_CACHE_HOME.
  return join(xdg?.startsWith('/') ? xdg : join(home, '.cache'), 'orrery');
}

/** Turns the compile cache on in the per-user directory; a cache that cannot be made is no cache. */
export function enablePrivateCompileCache(): void {
  const dir = join(userCacheDir(), 'compile-cache');
  try {
    ensurePrivateDir(dir);
  } catch {
    return;
  }
  enableCompileCache(dir);
}
