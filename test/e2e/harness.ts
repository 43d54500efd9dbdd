// Everything an e2e test needs: fixture feeds on a loopback server, a real Reader on a temp data
// directory, the preview server over the built renderer, and Debian's Chromium driven by
// playwright-core (never `playwright install`).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openReader, type Reader } from '../../electron/engine/reader.ts';
import { ensureRendererBuilt, rendererOutDir } from '../../electron/preview/buildRenderer.ts';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server.ts';
import { fixtureBytes, tempDir } from '../support/fixtures.ts';
import { serve, startServer, type Handler, type TestServer } from '../support/server.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FixtureFeed {
  /** Path on the loopback server, e.g. /kerrie.xml */
  readonly path: string;
  /** Fixture file under test/fixtures/. */
  readonly fixture: string;
  readonly folder?: string;
}

export interface HarnessOptions {
  /** More routes on the fixture server (pages, OPML files, slow feeds). */
  readonly routes?: Record<string, Handler>;
  /** What the first run subscribes to (default: nothing, as for the CLI's `add`). */
  readonly firstRunFeeds?: readonly string[];
}

export interface Harness {
  readonly feeds: TestServer;
  /** The Reader and preview of the moment (restart() replaces both). */
  readonly reader: Reader;
  readonly preview: PreviewServer;
  readonly dataDir: string;
  readonly browser: Browser;
  readonly feedIds: ReadonlyMap<string, number>;
  newPage(options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number }): Promise<{
    context: BrowserContext;
    page: Page;
  }>;
  /** Closes the Reader and the preview, then opens both again on the same data directory. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** A Reader watching for other processes (the CLI) and a preview over it. */
async function openFaces(dataDir: string, firstRunFeeds: readonly string[]) {
  const reader = await openReader({ dataDir, firstRunFeeds });
  reader.watchOtherProcesses();
  return reader;
}

export async function startHarness(
  fixtureFeeds: readonly FixtureFeed[],
  options: HarnessOptions = {},
): Promise<Harness> {
  const built = ensureRendererBuilt();
  const data = tempDir('orrery-e2e-');
  const routes = Object.fromEntries(
    fixtureFeeds.map((feed) => [feed.path, serve(fixtureBytes(feed.fixture))]),
  );
  const feeds = await startServer({ ...routes, ...options.routes });
  let reader = await openFaces(data.path, options.firstRunFeeds ?? []);
  const feedIds = new Map<string, number>();
  for (const feed of fixtureFeeds) {
    const added = await reader.addFeed({ url: feeds.url(feed.path), folder: feed.folder ?? null });
    feedIds.set(feed.path, added.id);
  }
  await built;
  let preview = await startPreviewServer({
    reader,
    images: reader.images,
    staticDir: rendererOutDir,
  });
  const browser = await launchChromium();
  return {
    feeds,
    get reader() {
      return reader;
    },
    get preview() {
      return preview;
    },
    dataDir: data.path,
    browser,
    feedIds,
    async newPage(options = {}) {
      const context = await browser.newContext({
        colorScheme: options.colorScheme ?? 'light',
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        locale: 'en-AU',
        timezoneId: 'Australia/Melbourne',
      });
      const page = await context.newPage();
      await page.goto(preview.url);
      return { context, page };
    },
    async restart() {
      await preview.close();
      await reader.close();
      reader = await openFaces(data.path, []);
      preview = await startPreviewServer({
        reader,
        images: reader.images,
        staticDir: rendererOutDir,
      });
    },
    async close() {
      await browser.close().catch(() => undefined);
      await preview.close();
      await reader.close();
      await feeds.close();
      data.dispose();
    },
  };
}

/** The tree's rows drawn now, in order: the tree is flat, aria-level says what holds what. */
export async function treeOutline(page: Page): Promise<{ level: number; name: string }[]> {
  const rows = page.locator('[role="tree"] [role="treeitem"]');
  return rows.evaluateAll((items) =>
    items.map((item) => ({
      level: Number(item.getAttribute('aria-level')),
      name: item.getAttribute('aria-label') ?? '',
    })),
  );
}

/** Whether the tree shows these rows one under the other: each the first child of the one
 * before (e.g. an account, its category, the category's first feed). */
export async function nestedInTree(page: Page, chain: readonly RegExp[]): Promise<boolean> {
  const outline = await treeOutline(page);
  return outline.some(
    (top, at) =>
      chain[0]?.test(top.name) === true &&
      chain.every((name, k) => {
        const row = outline[at + k];
        return row !== undefined && row.level === top.level + k && name.test(row.name);
      }),
  );
}

/** The number in a tree item's accessible name, e.g. "All unread, 12 unread" -> 12. */
export function countInLabel(label: string | null): number {
  const match = /, (\d+) (?:unread|starred)/.exec(label ?? '');
  if (!match?.[1]) throw new Error(`no count in ${JSON.stringify(label)}`);
  return Number(match[1]);
}

/** Polls a condition (through locators, so test code needs no DOM types) until it holds. */
/**
 * Waits for these to settle, at most `ms` (a close that hangs must not hang the test file: the
 * hook ends, and the runner reports what was still open). Says on stderr what was cut short.
 */
export async function settleWithin(
  ms: number,
  work: readonly (Promise<unknown> | undefined)[],
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  const outcome = await Promise.race([Promise.allSettled(work), late]);
  clearTimeout(timer);
  if (outcome === 'late') console.error(`e2e: cleanup still running after ${ms} ms; moving on`);
}

export async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}
