// Runs Debian's newsboat against the benchmark feeds in a private directory: its own urls file,
// config, cache and HOME, so nothing of a real user's newsboat is read or written.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { benchTimeoutMs, measure, type Measured } from './measure.ts';

const exec = promisify(execFile);

/** newsboat's version line, installing it with apt-get when missing; throws a clear message. */
export async function ensureNewsboat(): Promise<string> {
  const version = async (): Promise<string> =>
    (await exec('newsboat', ['-v'], { timeout: 10_000 })).stdout.split('\n')[0] ?? 'newsboat';
  try {
    return await version();
  } catch {
    try {
      await exec('apt-get', ['install', '-y', 'newsboat'], {
        timeout: 300_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      return await version();
    } catch (error) {
      throw new Error(
        `newsboat is not installed and "apt-get install -y newsboat" failed: ${(error as Error).message.split('\n')[0]}`,
        { cause: error },
      );
    }
  }
}

export interface NewsboatProfile {
  readonly dir: string;
  reload(): Promise<Measured>;
}

/** A fresh newsboat profile in dir subscribed to urls, with the given reload-threads (null: default). */
export async function newsboatProfile(
  dir: string,
  urls: readonly string[],
  reloadThreads: number | null,
): Promise<NewsboatProfile> {
  await mkdir(dir, { recursive: true });
  const urlsFile = join(dir, 'urls');
  const configFile = join(dir, 'config');
  await writeFile(urlsFile, urls.join('\n') + '\n');
  await writeFile(configFile, reloadThreads === null ? '' : `reload-threads ${reloadThreads}\n`);
  const env = {
    ...process.env,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, '.config'),
    XDG_DATA_HOME: join(dir, '.local', 'share'),
  };
  return {
    dir,
    reload: () =>
      measure(
        'newsboat',
        ['-u', urlsFile, '-c', join(dir, 'cache.db'), '-C', configFile, '-x', 'reload'],
        { cwd: dir, env, timeoutMs: benchTimeoutMs },
      ),
  };
}
