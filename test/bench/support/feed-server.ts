// Parent-side handle on the benchmark feed server (feed-server-process.ts), which runs in its
// own Node process so its CPU time is not charged to the reader under measurement.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ServerStats {
  readonly requests: number;
  readonly ok200: number;
  readonly notModified304: number;
  readonly notFound404: number;
  /** Requests that carried If-None-Match or If-Modified-Since. */
  readonly conditional: number;
  /** 200 answers sent gzip-encoded. */
  readonly gzip: number;
}

export interface FeedServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** One origin per loopback host served (127.0.0.1 first), all on the same port. */
  readonly origins: readonly string[];
  /** The URL of the index-th feed path, spread round-robin over the hosts. */
  urlFor(path: string, index: number): string;
  readonly feeds: number;
  stats(): Promise<ServerStats>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

interface Reply {
  type: string;
  id?: number;
  origins?: string[];
  feeds?: number;
  stats?: ServerStats;
}

const entry = fileURLToPath(new URL('./feed-server-process.ts', import.meta.url));

export async function startFeedServer(dir: string, hosts = 1): Promise<FeedServer> {
  const child: ChildProcess = fork(entry, [dir, String(hosts)], {
    execPath: process.execPath,
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Reply>((resolve, reject) => {
    // Gzipping 5,000 feeds up front takes minutes on a busy machine.
    const timer = setTimeout(
      () => reject(new Error('feed server did not start in 10 minutes')),
      600_000,
    );
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`feed server exited early (code ${code})`)));
    child.on('message', (message: Reply) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve(message);
    });
  });
  child.removeAllListeners('exit');
  let nextId = 0;
  const ask = (type: string): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const id = (nextId += 1);
      const timer = setTimeout(
        () => reject(new Error(`feed server: no answer to ${type}`)),
        10_000,
      );
      const onMessage = (message: Reply): void => {
        if (message.id !== id) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.send({ type, id });
    });
  const origins = ready.origins ?? [];
  return {
    origin: origins[0] ?? '',
    origins,
    urlFor: (path, index) => (origins[index % origins.length] ?? '') + path,
    feeds: ready.feeds ?? 0,
    stats: async () => (await ask('stats')).stats as ServerStats,
    reset: async () => void (await ask('reset')),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.disconnect();
      }),
  };
}
