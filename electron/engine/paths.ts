// Where Orrery keeps its data. The desktop app, the preview and the CLI share one directory, the
// same one Electron's app.getPath('userData') gives for productName "Orrery".
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.ORRERY_DATA_DIR) return env.ORRERY_DATA_DIR;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Orrery');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Orrery');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Orrery');
}

export const databaseFileName = 'orrery.sqlite';
