// OPML import benchmark: 5,000 outlines in 50 folders imported into an empty data directory,
// through the Reader (what the window's Import OPML… calls) and through the `orrery import`
// process end to end. Import stores rows only (no fetching), so this is parsing plus storing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReader } from '../../electron/engine/reader.ts';
import { loadNote, measure, median } from './support/measure.ts';
import type { BenchSection } from './types.ts';

const OUTLINES = 5_000;
const FOLDERS = 50;
const RUNS = 5;
const budgetMs = 2_000;
const cli = new URL('../../electron/cli/main.ts', import.meta.url).pathname;

function opml(): string {
  const perFolder = OUTLINES / FOLDERS;
  const folders = Array.from({ length: FOLDERS }, (_, f) => {
    const feeds = Array.from({ length: perFolder }, (_, i) => {
      const n = f * perFolder + i;
      return `      <outline type="rss" text="Blog ${n} &amp; friends" xmlUrl="https://blog${n}.example/feed/" htmlUrl="https://blog${n}.example/"/>`;
    }).join('\n');
    return `    <outline text="Folder ${f}">\n${feeds}\n    </outline>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>Bench</title></head>\n  <body>\n${folders}\n  </body>\n</opml>\n`;
}

async function throughReader(text: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-import-bench-'));
  try {
    const reader = await openReader({ dataDir: dir, firstRunFeeds: [], parseWorkerUrl: null });
    const started = performance.now();
    const report = await reader.importOpml({ text });
    const elapsed = performance.now() - started;
    if (report.added.length !== OUTLINES) throw new Error(`added ${report.added.length}`);
    await reader.close();
    return elapsed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function throughCli(file: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-import-bench-'));
  try {
    const run = await measure(process.execPath, [cli, '--data-dir', dir, 'import', file]);
    if (run.exitCode !== 0) throw new Error(`orrery import failed: ${run.stderr}`);
    return run.wallMs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function importBench(): Promise<BenchSection> {
  const text = opml();
  const scratch = mkdtempSync(join(tmpdir(), 'orrery-import-opml-'));
  const file = join(scratch, 'subscriptions.opml');
  writeFileSync(file, text);
  try {
    await throughReader(text); // warm-up
    const reader: number[] = [];
    const process_: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      reader.push(await throughReader(text));
      process_.push(await throughCli(file));
    }
    const readerMs = median(reader);
    const cliMs = median(process_);
    return {
      title: 'Importing 5,000 outlines',
      command: 'npm run bench -- import',
      rows: [
        {
          metric: `importOpml, ${OUTLINES} outlines in ${FOLDERS} folders, empty data directory`,
          value: `${Math.round(readerMs)} ms`,
          budget: `< ${budgetMs} ms`,
          ok: readerMs < budgetMs,
        },
        {
          metric: '`orrery import FILE`, the whole process (start, import, close)',
          value: `${Math.round(cliMs)} ms`,
          budget: `< ${budgetMs} ms`,
          ok: cliMs < budgetMs,
        },
      ],
      notes: [
        `Median of ${RUNS} runs, each into a fresh data directory; ${Math.round(text.length / 1024)} KB of OPML.`,
        'Import stores subscriptions only; feeds are fetched by the next poll. The list is stored in one transaction, one prepared lookup and insert per feed, each folder path resolved once (electron/engine/store/importFeeds.ts).',
        loadNote(),
      ],
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
