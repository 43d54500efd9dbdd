// The feed tree with 1,000 feeds in 50 folders: how long from the moment the page has the
// subscriptions (the last of listFeeds, listFolders and unreadCounts answered) to the frame after
// the feed rows are in the tree (those in view: the tree draws no others). Feeds only, no posts:
// the tree, not the list, is measured.
import { join } from 'node:path';
import { databaseFileName } from '../../../electron/engine/paths.ts';
import { openReader } from '../../../electron/engine/reader.ts';
import { openStore } from '../../../electron/engine/store/index.ts';
import { rendererOutDir } from '../../../electron/preview/buildRenderer.ts';
import { startPreviewServer } from '../../../electron/preview/server.ts';
import type { Browser } from 'playwright-core';
import { tempDir } from '../../support/fixtures.ts';
import { median } from './measure.ts';
import type { BenchRow } from '../types.ts';

const FEEDS = 1000;
const FOLDERS = 50;
const RUNS = 5;
export const treeBudgetMs = 200;

function seed(dataDir: string): void {
  const store = openStore(join(dataDir, databaseFileName));
  const folderIds = Array.from({ length: FOLDERS }, (_, f) =>
    store.ensureFolder(`Folder ${String(f).padStart(2, '0')}`),
  );
  for (let i = 0; i < FEEDS; i += 1) {
    store.addFeed({
      url: `https://blog${i}.example/feed`,
      title: `Blog ${i}`,
      folderId: folderIds[i % FOLDERS] ?? null,
    });
  }
  store.setMeta('firstRunDone', new Date().toISOString());
  store.close();
}

/**
 * In the page before its own script: when the feed rows were in the DOM (all in one render, with
 * the folders: those in view), and when the frame that shows them was drawn (a message posted
 * from that frame's animation callback runs after its style, layout and paint).
 */
const probe = `
  window.__tree = { drawn: 0 };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[role="tree"] .tree-row.feed')) return;
    observer.disconnect();
    window.__tree.inDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__tree.drawn = performance.now(); };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true });
`;

/** In the page: click a feed row, and time until the frame that shows it selected is drawn. */
const selectAnotherFeed = `new Promise((resolve) => {
  const rows = document.querySelectorAll('[role="tree"] .tree-row.feed');
  const row = rows[Math.floor(rows.length / 2)];
  const started = performance.now();
  row.click();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - started);
    channel.port2.postMessage(null);
  });
})`;

const dataArrived = `Math.max(...performance.getEntriesByType('resource')
  .filter((entry) => /\\/api\\/reader\\/(listFeeds|listFolders|unreadCounts)$/.test(entry.name))
  .map((entry) => entry.responseEnd))`;

export async function measureTreeDraw(browser: Browser): Promise<BenchRow[]> {
  const data = tempDir('orrery-tree-bench-');
  seed(data.path);
  const reader = await openReader({ dataDir: data.path, firstRunFeeds: [] });
  const preview = await startPreviewServer({ reader, staticDir: rendererOutDir });
  const draws: number[] = [];
  const loads: number[] = [];
  const commits: number[] = [];
  const selects: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 800 },
        bypassCSP: true,
      });
      await page.addInitScript(probe);
      await page.goto(preview.url);
      await page.waitForFunction('window.__tree.drawn > 0', undefined, { timeout: 30_000 });
      const drawn = (await page.evaluate('window.__tree.drawn')) as number;
      const inDom = (await page.evaluate('window.__tree.inDom')) as number;
      const arrived = (await page.evaluate(dataArrived)) as number;
      draws.push(drawn - arrived);
      selects.push((await page.evaluate(selectAnotherFeed)) as number);
      commits.push(inDom - arrived);
      loads.push(drawn);
      await page.close();
    }
  } finally {
    await preview.close();
    await reader.close();
    data.dispose();
  }
  const draw = median(draws);
  return [
    {
      metric: `${FEEDS.toLocaleString('en')} feeds in ${FOLDERS} folders: tree drawn (subscriptions received → the frame showing its rows drawn), median of ${RUNS}`,
      value: `${draw.toFixed(0)} ms`,
      budget: `< ${treeBudgetMs} ms`,
      ok: draw < treeBudgetMs,
    },
    {
      metric: `of which: subscriptions received → the rows in the DOM, median of ${RUNS}`,
      value: `${median(commits).toFixed(0)} ms`,
      budget: '',
      ok: null,
    },
    {
      metric: `a click on a feed row → the frame showing it selected, median of ${RUNS}`,
      value: `${median(selects).toFixed(0)} ms`,
      budget: '',
      ok: null,
    },
    {
      metric: `${FEEDS.toLocaleString('en')} feeds in ${FOLDERS} folders: navigation start → tree drawn, median of ${RUNS}`,
      value: `${median(loads).toFixed(0)} ms`,
      budget: '',
      ok: null,
    },
  ];
}
