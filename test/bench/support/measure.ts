// Runs one command to completion and measures it from outside: wall time (monotonic clock in
// this process) and peak resident memory (GNU time's %M, the child's ru_maxrss, which covers
// its descendants too). stdout is kept for checks; the run is bounded by a timeout.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  readonly wallMs: number;
  readonly peakRssMb: number;
  /** Peak anonymous memory (heaps, malloc) of the measured process, sampled from /proc; NaN where there is none. */
  readonly peakAnonMb?: number;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

const GNU_TIME = '/usr/bin/time';

/** One measured command may run this long (BENCH_TIMEOUT_MS): 5,000 feeds on a busy machine take minutes. */
export const benchTimeoutMs = Number(process.env.BENCH_TIMEOUT_MS) || 900_000;

export async function measure(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<Measured> {
  const scratch = await mkdtemp(join(tmpdir(), 'orrery-measure-'));
  const timeFile = join(scratch, 'time.txt');
  try {
    const started = performance.now();
    const child = spawn(GNU_TIME, ['-f', '%e %M', '-o', timeFile, command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    const anon = sampleAnonymous(child.pid);
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve(code));
    });
    const wallMs = performance.now() - started;
    clearTimeout(timer);
    const peakAnonMb = anon.stop();
    const timeLine = (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').at(-1);
    const maxRssKb = Number(timeLine?.split(' ')[1] ?? NaN);
    return {
      wallMs,
      peakRssMb: maxRssKb / 1024,
      peakAnonMb,
      exitCode,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Samples RssAnon of the process GNU time runs (its child) every 10 ms; stop() gives the peak, MB. */
function sampleAnonymous(timePid: number | undefined): { stop(): number } {
  let peakKb = NaN;
  const sample = async (): Promise<void> => {
    const children = await readFile(`/proc/${timePid}/task/${timePid}/children`, 'utf8').catch(
      () => '',
    );
    const pid = children.trim().split(' ')[0];
    if (!pid) return;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    if (Number.isFinite(kb)) peakKb = Number.isFinite(peakKb) ? Math.max(peakKb, kb) : kb;
  };
  const timer = setInterval(() => void sample(), 10);
  return {
    stop() {
      clearInterval(timer);
      return peakKb / 1024;
    },
  };
}

/** A note for a section: the 1/5/15-minute load average now (the machine may be shared). */
export function loadNote(): string {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(1));
  return `Load average at the end of the run (1/5/15 minutes, ${cpus().length} cores shared with other work): ${one} / ${five} / ${fifteen}; times grow with it.`;
}
