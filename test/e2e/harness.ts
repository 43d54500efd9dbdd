// Everything an e2e test needs: fixture feeds on a loopback server, a real Reader on a temp data
// directory, the preview server over the built renderer, and Debian's Chromium driven by
// playwright-core (never `playwright install`).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openReader, type Reader } from '../../electron/engine/reader.ts';
import { ensureRendererBuilt, rendererOutDir } from '../../electron/preview/buildRenderer.ts';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server.ts';
import { fixtureBytes, tempDir } from '../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../support/server.ts';

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

export interface Harness {
  readonly feeds: TestServer;
  readonly reader: Reader;
  readonly preview: PreviewServer;
  readonly browser: Browser;
  readonly feedIds: ReadonlyMap<string, number>;
  newPage(options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number }): Promise<{
    context: BrowserContext;
    page: Page;
  }>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export async function startHarness(fixtureFeeds: readonly FixtureFeed[]): Promise<Harness> {
  const built = ensureRendererBuilt();
  const data = tempDir('orrery-e2e-');
  const routes = Object.fromEntries(
    fixtureFeeds.map((feed) => [feed.path, serve(fixtureBytes(feed.fixture))]),
  );
  const feeds = await startServer(routes);
  const reader = await openReader({ dataDir: data.path, firstRunFeeds: [] });
  const feedIds = new Map<string, number>();
  for (const feed of fixtureFeeds) {
    const added = await reader.addFeed({ url: feeds.url(feed.path), folder: feed.folder ?? null });
    feedIds.set(feed.path, added.id);
  }
  await built;
  const preview = await startPreviewServer({
    reader,
    images: reader.images,
    staticDir: rendererOutDir,
  });
  const browser = await launchChromium();
  return {
    feeds,
    reader,
    preview,
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
    async close() {
      await browser.close().catch(() => undefined);
      await preview.close();
      await reader.close();
      await feeds.close();
      data.dispose();
    },
  };
}

/** The number in a tree item's accessible name, e.g. "All unread, 12 unread" -> 12. */
export function countInLabel(label: string | null): number {
  const match = /, (\d+) (?:unread|starred)/.exec(label ?? '');
  if (!match?.[1]) throw new Error(`no count in ${JSON.stringify(label)}`);
  return Number(match[1]);
}

/** Polls a condition (through locators, so test code needs no DOM types) until it holds. */
export async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}
