// Writes docs/screenshots/: the three panes over the seed feeds (Planet Linux Australia and member
// blogs, served from loopback) in light and dark, a feed's context menu, an OPML import report
// and Settings. With --sizes, also the reader at 1400, 900 and 700 px wide, light and dark, into
// SCREENSHOTS_DIR (default: a temp directory), to look at the layouts as a user would.
// Run: node test/e2e/screenshots.ts [--sizes]
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startHarness } from './harness.ts';

const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(outDir, { recursive: true });

const reportOpml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>From another reader</title></head><body>
  <outline text="Linux Australia">
    <outline text="Planet Linux Australia" type="rss" xmlUrl="https://planet.linux.org.au/rss20.xml"/>
    <outline text="Linux Australia news" type="rss" xmlUrl="https://linux.org.au/news/feed/"/>
  </outline>
  <outline text="Broken" type="rss" xmlUrl="javascript:alert(1)"/>
  <outline text="Kernel" type="rss" xmlUrl="https://kernel.example.org/feeds/all.atom.xml"/>
</body></opml>`;

const harness = await startHarness([
  {
    path: '/planet.xml',
    fixture: 'seed-feeds/planet-linux-australia-rss20.xml',
    folder: 'Planets',
  },
  { path: '/simon.xml', fixture: 'seed-feeds/simon-lyall-wordpress-rss2.xml', folder: 'People' },
  { path: '/ben.xml', fixture: 'seed-feeds/ben-martin-blogger-atom.xml', folder: 'People' },
  { path: '/kerrie.xml', fixture: 'corpus/feeds/wordpress-rss2.xml', folder: 'People' },
  { path: '/lwn.xml', fixture: 'corpus/feeds/lwn-rss10-rdf.xml' },
]);

async function readerWithArticle(page: Page): Promise<void> {
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('j');
  await page.getByRole('option').filter({ hasText: 'also on' }).first().click();
  await page.getByRole('article').getByRole('heading').first().waitFor();
}

async function shot(page: Page, path: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path });
  process.stdout.write(`${path}\n`);
}

try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { context, page } = await harness.newPage({ colorScheme, width: 1440, height: 860 });
    await readerWithArticle(page);
    await page.keyboard.press('s');
    await shot(page, `${outDir}reader-${colorScheme}.png`);
    await context.close();
  }

  const { context, page } = await harness.newPage({ width: 1440, height: 860 });
  await readerWithArticle(page);
  await page
    .getByRole('treeitem', { name: /^Planet Linux Australia, / })
    .click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Subscribe to members…' }).waitFor();
  await shot(page, `${outDir}context-menu.png`);
  await page.keyboard.press('Escape');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import OPML…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'reader.opml', mimeType: 'text/x-opml', buffer: Buffer.from(reportOpml) });
  await page
    .getByRole('dialog')
    .getByText(/feeds? added/)
    .waitFor();
  await shot(page, `${outDir}import-report.png`);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Settings' }).waitFor();
  await shot(page, `${outDir}settings.png`);
  await context.close();

  if (process.argv.includes('--sizes')) {
    const sizesDir = process.env.SCREENSHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'orrery-shots-'));
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1400, 900, 700]) {
        const opened = await harness.newPage({ colorScheme, width, height: 860 });
        try {
          await readerWithArticle(opened.page);
        } catch {
          // Earlier runs read the entries this one would open: the list as it is, then.
        }
        await shot(opened.page, join(sizesDir, `reader-${width}-${colorScheme}.png`));
        await opened.context.close();
      }
    }
  }
} finally {
  await harness.close();
}
