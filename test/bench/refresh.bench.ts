// Refresh benchmark: `orrery refresh` against Debian's newsboat (`newsboat -x reload`) on the same
// loopback feeds of 30 items, at 300, 1,000 and 5,000 feeds: first refresh (all 200) and second
// (all 304), wall time and the peak memory of the whole process. Both tools get the
// same feed server, which runs in its own process and counts what it answered, so every timed run
// is checked to have really fetched (or really been answered 304).
//
// Env: BENCH_RUNS (default 3) runs at the first scale, each with fresh data; BENCH_LARGE_RUNS
// (default 1) at the larger ones; BENCH_NEWSBOAT_MAX_FEEDS (default 1000) runs newsboat only up to that scale
// (its reloads take many minutes at 5,000 feeds); BENCH_SCALES (default 300,1000,5000) feed counts; BENCH_ITEMS
// items per feed; BENCH_HOSTS=N spreads the feeds over N loopback hosts; BENCH_CPU_PROF=DIR
// also writes a --cpu-prof of one Orrery first and second refresh; BENCH_ORRERY_NODE_FLAGS adds
// Node flags to every Orrery run (only to mirror flags the shipped CLI itself uses).
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow, BenchSection } from './types.ts';
import { generateFeeds, opmlFor } from './support/feed-generator.ts';
import { startFeedServer, type FeedServer, type ServerStats } from './support/feed-server.ts';
import { median, type Measured } from './support/measure.ts';
import { ensureNewsboat, newsboatProfile } from './support/newsboat.ts';
import {
  buildShippedCli,
  cliExists,
  parseRefresh,
  runOrrery,
  summariseRefresh,
  type RefreshFeedResult,
} from './support/orrery-cli.ts';
import { summariseCpuProfile } from './support/cpu-profile.ts';

const SCALES = (process.env.BENCH_SCALES ?? process.env.BENCH_FEEDS ?? '300,1000,5000')
  .split(',')
  .map((text) => positiveInt(text.trim(), 0))
  .filter((n) => n > 0);
const ITEMS = positiveInt(process.env.BENCH_ITEMS, 30);
const FIRST_SCALE_RUNS = positiveInt(process.env.BENCH_RUNS, 3);
const LARGE_RUNS = positiveInt(process.env.BENCH_LARGE_RUNS, 1);
const NEWSBOAT_MAX_FEEDS = positiveInt(process.env.BENCH_NEWSBOAT_MAX_FEEDS, 1000);
/** newsboat's first reload at each scale it ran, for the estimate where it did not. */
const newsboatFirstReloads: { feeds: number; ms: number }[] = [];
/** The scale being measured (set per scale by the default export) and its runs. */
let FEEDS = SCALES[0] ?? 300;
let RUNS = FIRST_SCALE_RUNS;
let FIRST_SCALE = true;
/** Loopback hosts the feeds are spread over (127.0.0.1 … 127.0.0.N); 1 puts all on 127.0.0.1. */
const HOSTS = positiveInt(process.env.BENCH_HOSTS, 1);
const NEWSBOAT_THREADS = 8; // Orrery's global concurrency
const MEMORY_BUDGET_MB = 120;
/** Issue 9: first refresh ≤ 0.2 × newsboat's wall time, all-304 refresh ≤ 0.1 ×, at 300 feeds. */
const FIRST_RATIO_BUDGET = 0.2;
const SECOND_RATIO_BUDGET = 0.1;

/**
 * Why newsboat is skipped at a large scale, in numbers: its first reload extrapolated from the
 * growth between the two largest scales it ran (a power law through both points).
 */
function newsboatEstimate(feeds: number): string {
  const [a, b] = newsboatFirstReloads.slice(-2);
  if (!a || !b || !(a.ms > 0) || !(b.ms > a.ms)) return '';
  const exponent = Math.log(b.ms / a.ms) / Math.log(b.feeds / a.feeds);
  const estimate = b.ms * (feeds / b.feeds) ** exponent;
  return ` Its first reload grew as feeds^${exponent.toFixed(1)} from ${a.feeds.toLocaleString('en-AU')} to ${b.feeds.toLocaleString('en-AU')} feeds in this run (${ms(a.ms)} → ${ms(b.ms)}), which puts one reload here at about ${Math.round(estimate / 60_000)} min, three reloads per run.`;
}

function positiveInt(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The line of a tool's stderr that says what went wrong, not its whole stack. */
function errorLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const line = lines.find((l) => /^\w*Error\b|error:/i.test(l.trim())) ?? lines[0] ?? '';
  return line.trim().slice(0, 300) || '(no stderr)';
}

/** One timed step with what the server saw during it. */
interface Step {
  readonly measured: Measured;
  readonly server: ServerStats;
}

async function timed(server: FeedServer, run: () => Promise<Measured>): Promise<Step> {
  await server.reset();
  const measured = await run();
  return { measured, server: await server.stats() };
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en-AU')} ms`;
const mb = (value: number): string => `${value.toFixed(0)} MB`;

function serverLine(stats: ServerStats): string {
  return `${stats.requests} requests: ${stats.ok200} × 200 (${stats.gzip} gzip), ${stats.notModified304} × 304, ${stats.conditional} conditional`;
}

function statusLine(feeds: readonly RefreshFeedResult[]): string {
  const { statuses, newEntries } = summariseRefresh(feeds);
  const parts = [...statuses].map(([status, count]) => `${count} × ${status}`);
  return `${feeds.length} feeds: ${parts.join(', ')}; ${newEntries} new entries`;
}

interface OrreryRun {
  readonly first: Step;
  readonly second: Step;
  readonly problems: string[];
}

async function orreryRun(
  server: FeedServer,
  scratch: string,
  opmlFile: string,
  run: number,
): Promise<OrreryRun> {
  const dataDir = join(scratch, `orrery-${run}`);
  await mkdir(dataDir, { recursive: true });
  const problems: string[] = [];
  const imported = await runOrrery(dataDir, ['--json', 'import', opmlFile]);
  if (imported.exitCode !== 0) {
    throw new Error(
      `orrery import failed (exit ${imported.exitCode}): ${errorLine(imported.stderr)}`,
    );
  }
  const first = await timed(server, () => runOrrery(dataDir, ['--json', 'refresh']));
  const second = await timed(server, () => runOrrery(dataDir, ['--json', 'refresh']));
  for (const [name, step, wantStatus, wantNew] of [
    ['first', first, 200, FEEDS * ITEMS],
    ['second', second, 304, 0],
  ] as const) {
    if (step.measured.exitCode !== 0) {
      problems.push(
        `${name} refresh exited ${step.measured.exitCode}: ${errorLine(step.measured.stderr)}`,
      );
      continue;
    }
    const feeds = parseRefresh(step.measured.stdout);
    const { statuses, newEntries, firstError } = summariseRefresh(feeds);
    if (feeds.length !== FEEDS || statuses.get(String(wantStatus)) !== FEEDS) {
      problems.push(
        `${name} refresh: expected ${FEEDS} × ${wantStatus}, got ${statusLine(feeds)}${firstError ? ` (e.g. "${firstError}")` : ''}`,
      );
    }
    if (newEntries !== wantNew) {
      problems.push(`${name} refresh: expected ${wantNew} new entries, got ${newEntries}`);
    }
    const served = wantStatus === 200 ? step.server.ok200 : step.server.notModified304;
    if (served !== FEEDS) problems.push(`${name} refresh: server saw ${serverLine(step.server)}`);
  }
  await rm(dataDir, { recursive: true, force: true });
  return { first, second, problems };
}

interface NewsboatRun {
  readonly reloads: readonly Step[];
  readonly problems: string[];
}

async function newsboatRun(
  server: FeedServer,
  scratch: string,
  urls: readonly string[],
  threads: number | null,
  run: number,
): Promise<NewsboatRun> {
  const dir = join(scratch, `newsboat-${threads ?? 'default'}-${run}`);
  const profile = await newsboatProfile(dir, urls, threads);
  const reloads: Step[] = [];
  const problems: string[] = [];
  for (let reload = 1; reload <= 3; reload += 1) {
    const step = await timed(server, () => profile.reload());
    reloads.push(step);
    if (step.measured.exitCode !== 0) {
      problems.push(
        `reload ${reload} exited ${step.measured.exitCode}: ${errorLine(step.measured.stderr)}`,
      );
    }
    if (step.server.requests !== FEEDS) {
      problems.push(`reload ${reload}: server saw ${serverLine(step.server)}`);
    }
  }
  // Its steady state: by the third reload every feed must have been answered 304.
  if (reloads[2] && reloads[2].server.notModified304 !== FEEDS) {
    problems.push(`reload 3 was not all 304: ${serverLine(reloads[2].server)}`);
  }
  await rm(dir, { recursive: true, force: true });
  return { reloads, problems };
}

const wall = (steps: readonly Step[]): number => median(steps.map((s) => s.measured.wallMs));
const peak = (steps: readonly Step[]): number => median(steps.map((s) => s.measured.peakRssMb));
const worstPeak = (steps: readonly Step[]): number =>
  Math.max(...steps.map((s) => s.measured.peakRssMb));

interface ScaleResult {
  readonly rows: BenchRow[];
  readonly notes: string[];
  /** Worst peak RSS of Orrery at this scale, MB. */
  readonly worstPeakMb: number;
}

export default async function refreshBench(): Promise<BenchSection> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const peaks: { feeds: number; mb: number }[] = [];
  await buildShippedCli();
  for (const [index, feeds] of SCALES.entries()) {
    FEEDS = feeds;
    FIRST_SCALE = index === 0;
    RUNS = FIRST_SCALE ? FIRST_SCALE_RUNS : LARGE_RUNS;
    process.stderr.write(`bench: refresh at ${feeds} feeds, ${RUNS} run(s)…\n`);
    const scale = await scaleBench();
    const label = `${feeds.toLocaleString('en-AU')} feeds`;
    rows.push(...scale.rows.map((row) => ({ ...row, metric: `${label}: ${row.metric}` })));
    notes.push(...scale.notes.map((note) => `${label}: ${note}`));
    if (Number.isFinite(scale.worstPeakMb)) peaks.push({ feeds, mb: scale.worstPeakMb });
  }
  if (peaks.length > 1) {
    const first = peaks[0]!;
    const last = peaks.at(-1)!;
    rows.push({
      metric: `Orrery peak memory, ${last.feeds.toLocaleString('en-AU')} feeds against ${first.feeds.toLocaleString('en-AU')}`,
      value: `${mb(last.mb)} / ${mb(first.mb)} = ${(last.mb / first.mb).toFixed(2)} ×`,
      budget: 'flat in feed count (≤ 1.1 ×)',
      ok: last.mb / first.mb <= 1.1,
    });
  }
  const loadavg = (await readFile('/proc/loadavg', 'utf8').catch(() => '')).split(' ');
  notes.push(
    `Machine load during the run (1/5/15-minute load average at its end, ${cpus().length} cores shared with other work): ${loadavg.slice(0, 3).join(' / ')}. Wall times move with load; the ratio to newsboat is measured side by side in the same minutes, and memory does not depend on load.`,
  );
  return {
    title: `Refresh: Orrery vs newsboat, ${SCALES.map((n) => n.toLocaleString('en-AU')).join(', ')} loopback feeds`,
    command: 'npm run bench -- refresh',
    rows,
    notes,
  };
}

async function scaleBench(): Promise<ScaleResult> {
  const rows: BenchRow[] = [];
  let worstPeakMb = NaN;
  const notes: string[] = [];
  const scratch = await mkdtemp(join(tmpdir(), 'orrery-bench-refresh-'));
  let server: FeedServer | undefined;
  try {
    const generated = await generateFeeds(join(scratch, 'feeds'), FEEDS, ITEMS);
    server = await startFeedServer(generated.dir, HOSTS);
    const urls = generated.paths.map((path, i) => server!.urlFor(path, i));
    const opmlFile = join(scratch, 'subscriptions.opml');
    await writeFile(opmlFile, opmlFor(urls));
    notes.push(
      `${ITEMS} items per feed, RSS 2.0 shaped like the Planet Linux Australia members' WordPress 4.1 feeds (2-4 KB of content:encoded per item, distinct guids and dates), ${(generated.totalBytes / 1e6).toFixed(1)} MB in all.`,
    );
    if (FIRST_SCALE)
      notes.push(
        `Served from memory by a loopback HTTP server in its own Node process (test/bench/support/feed-server-process.ts), ${HOSTS === 1 ? 'every feed on 127.0.0.1 (so Orrery’s per-host limit of 2 concurrent requests applies to all of them; BENCH_HOSTS=N spreads them over 127.0.0.1…N as real members’ blogs are)' : `feeds spread round-robin over ${HOSTS} loopback hosts 127.0.0.1…127.0.0.${HOSTS} (BENCH_HOSTS)`}: strong ETag + Last-Modified, 304 to matching If-None-Match / If-Modified-Since, gzip when asked, keep-alive. It counts every answer, and each timed run is checked against those counts and against the tool’s own report.`,
      );
    notes.push(
      `Wall time and peak RSS of the whole process with all its threads (GNU time %M; the anonymous part sampled from /proc every 10 ms: the rest is mapped files, mostly the node binary's own pages), median of ${RUNS} run(s), each run with a fresh data directory / cache; ${cpus().length} cores.`,
    );

    let newsboatVersion: string | null = null;
    let newsboatProblem: string | null = null;
    const newsboatSkipped = FEEDS > NEWSBOAT_MAX_FEEDS;
    try {
      if (!newsboatSkipped) newsboatVersion = await ensureNewsboat();
    } catch (error) {
      newsboatProblem = (error as Error).message;
    }

    let orreryProblem = (await cliExists()) ? null : 'bin/orrery.js does not exist yet';
    const orreryRuns: OrreryRun[] = [];
    const newsboatTuned: NewsboatRun[] = [];
    const newsboatDefault: NewsboatRun[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      if (orreryProblem === null) {
        try {
          orreryRuns.push(await orreryRun(server, scratch, opmlFile, run));
        } catch (error) {
          orreryProblem = (error as Error).message;
        }
      }
      if (newsboatVersion) {
        newsboatTuned.push(await newsboatRun(server, scratch, urls, NEWSBOAT_THREADS, run));
        // Its default (reload-threads 1) once only: it keeps the whole bench near 3 minutes.
        // …and at the first scale only.
        if (run === 0 && FIRST_SCALE)
          newsboatDefault.push(await newsboatRun(server, scratch, urls, null, run));
      }
    }

    // newsboat: per reload, the faster of its two configurations.
    const reloadWall = (runs: readonly NewsboatRun[], index: number): number =>
      wall(runs.map((r) => r.reloads[index]).filter((s): s is Step => s !== undefined));
    let newsboatFirst = NaN;
    let newsboatSteady = NaN;
    if (newsboatVersion) {
      for (const [label, runs] of [
        [`reload-threads ${NEWSBOAT_THREADS}`, newsboatTuned],
        ['default reload-threads (1), 1 run', newsboatDefault],
      ] as const) {
        if (runs.length === 0) continue;
        const steps = runs.flatMap((r) => r.reloads);
        const problems = runs.flatMap((r) => r.problems);
        rows.push(
          {
            metric: `newsboat, ${label}: reload 1 (all 200)`,
            value: ms(reloadWall(runs, 0)),
            budget: '',
            ok: null,
          },
          {
            metric: `newsboat, ${label}: reload 2 (sends no validators yet)`,
            value: ms(reloadWall(runs, 1)),
            budget: '',
            ok: null,
          },
          {
            metric: `newsboat, ${label}: reload 3 (all 304)`,
            value: ms(reloadWall(runs, 2)),
            budget: '',
            ok: null,
          },
          {
            metric: `newsboat, ${label}: peak memory`,
            value: `${mb(peak(steps))} (max ${mb(worstPeak(steps))})`,
            budget: '',
            ok: null,
          },
        );
        if (problems.length) {
          rows.push({
            metric: `newsboat, ${label}: runs checked`,
            value: problems.slice(0, 3).join('; '),
            budget: 'every reload fetched all feeds',
            ok: false,
          });
        }
        const seen = runs[0]?.reloads.map((s, i) => `reload ${i + 1}: ${serverLine(s.server)}`);
        if (seen) notes.push(`newsboat (${label}), server counts of run 1: ${seen.join('; ')}.`);
      }
      const fastest = (...walls: number[]): number => Math.min(...walls.filter(Number.isFinite));
      newsboatFirst = fastest(reloadWall(newsboatTuned, 0), reloadWall(newsboatDefault, 0));
      newsboatFirstReloads.push({ feeds: FEEDS, ms: newsboatFirst });
      newsboatSteady = fastest(
        reloadWall(newsboatTuned, 1),
        reloadWall(newsboatTuned, 2),
        reloadWall(newsboatDefault, 1),
        reloadWall(newsboatDefault, 2),
      );
      if (FIRST_SCALE)
        notes.push(
          `${newsboatVersion}, run as \`newsboat -u urls -c cache.db -C config -x reload\` with its own HOME, three reloads per fresh cache, once with reload-threads ${NEWSBOAT_THREADS} (Orrery's global concurrency) and once with its default (at the first scale only). newsboat 2.21 sends stored validators only from a feed's third reload on, so its second reload fetches everything again; Orrery's second refresh is compared with newsboat's fastest reload 2 or 3, and Orrery's first with its faster reload 1.`,
        );
    } else if (newsboatSkipped) {
      notes.push(
        `newsboat not run at this scale (BENCH_NEWSBOAT_MAX_FEEDS=${NEWSBOAT_MAX_FEEDS}): Orrery only.${newsboatEstimate(FEEDS)}`,
      );
    } else {
      rows.push({
        metric: 'newsboat',
        value: newsboatProblem ?? 'not available',
        budget: 'newsboat runs',
        ok: false,
      });
    }

    if (orreryProblem !== null) {
      rows.push({
        metric: 'Orrery refresh',
        value: orreryProblem,
        budget: 'the CLI runs',
        ok: false,
      });
    } else {
      const firsts = orreryRuns.map((r) => r.first);
      const seconds = orreryRuns.map((r) => r.second);
      const orreryFirst = wall(firsts);
      const orrerySecond = wall(seconds);
      // The time budgets are the issue's, at the first scale (300 feeds); larger scales report.
      const ratioRow = (
        metric: string,
        value: number,
        versus: number,
        budget: number,
      ): BenchRow => {
        const ratio = value / versus;
        return {
          metric,
          value: Number.isFinite(ratio)
            ? `${ms(value)} = ${ratio.toFixed(2)} × newsboat's ${ms(versus)}`
            : ms(value),
          budget: FIRST_SCALE ? `≤ ${budget} × newsboat` : '',
          ok: !FIRST_SCALE ? null : Number.isFinite(ratio) ? ratio <= budget : false,
        };
      };
      const all = [...firsts, ...seconds];
      worstPeakMb = worstPeak(all);
      const memory = (metric: string, steps: readonly Step[]): BenchRow => ({
        metric,
        value: `${mb(peak(steps))} (max ${mb(worstPeak(steps))}; of it anonymous ${mb(Math.max(...steps.map((s) => s.measured.peakAnonMb ?? NaN)))})`,
        budget: `≤ ${MEMORY_BUDGET_MB} MB`,
        ok: worstPeak(steps) <= MEMORY_BUDGET_MB,
      });
      rows.push(
        ratioRow(
          'Orrery first refresh (all 200), wall',
          orreryFirst,
          newsboatFirst,
          FIRST_RATIO_BUDGET,
        ),
        ratioRow(
          'Orrery second refresh (all 304), wall',
          orrerySecond,
          newsboatSteady,
          SECOND_RATIO_BUDGET,
        ),
        memory('Orrery peak memory, first refresh', firsts),
        memory('Orrery peak memory, second refresh', seconds),
      );
      const problems = orreryRuns.flatMap((r) => r.problems);
      rows.push({
        metric: 'Orrery runs checked (JSON report and server counts)',
        value: problems.length
          ? problems.slice(0, 3).join('; ')
          : `${orreryRuns.length} × (${FEEDS} × 200 with ${FEEDS * ITEMS} new entries, then ${FEEDS} × 304 with 0)`,
        budget: 'every refresh really fetched',
        ok: problems.length === 0,
      });
      const run1 = orreryRuns[0];
      if (run1) {
        notes.push(
          `Orrery run as \`node ${process.env.BENCH_ORRERY_NODE_FLAGS ? `${process.env.BENCH_ORRERY_NODE_FLAGS} ` : ''}bin/orrery.js --data-dir DIR --json refresh\` (the project's Node, no npm; the bin runs the bundle dist/cli/orrery.js that \`npm ci\` builds, rebuilt by the bench first) after an untimed \`import subscriptions.opml\`; server counts of run 1: first: ${serverLine(run1.first.server)}; second: ${serverLine(run1.second.server)}.`,
        );
      }
      const profileDir = process.env.BENCH_CPU_PROF;
      if (profileDir) notes.push(...(await profileOrrery(server, scratch, opmlFile, profileDir)));
    }
    return { rows, notes, worstPeakMb };
  } finally {
    await server?.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** One extra, untimed pair of Orrery refreshes under --cpu-prof; returns summaries for the notes. */
async function profileOrrery(
  server: FeedServer,
  scratch: string,
  opmlFile: string,
  profileDir: string,
): Promise<string[]> {
  const dataDir = join(scratch, 'orrery-profile');
  await mkdir(dataDir, { recursive: true });
  await mkdir(profileDir, { recursive: true });
  await runOrrery(dataDir, ['--json', 'import', opmlFile]);
  const notes: string[] = [];
  for (const which of ['first', 'second']) {
    const name = `refresh-${which}.cpuprofile`;
    const nodeArgs = ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', name];
    await server.reset();
    await runOrrery(dataDir, ['--json', 'refresh'], nodeArgs);
    const summary = await summariseCpuProfile(join(profileDir, name));
    notes.push(`CPU profile (BENCH_CPU_PROF) of one ${which} refresh: ${summary}.`);
  }
  return notes;
}
