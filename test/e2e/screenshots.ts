// Writes docs/screenshots/reader-light.png and reader-dark.png: the three panes over the seed
// feeds (Planet Linux Australia and two member blogs), served from loopback.
// Run: node test/e2e/screenshots.ts
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.ts';

const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(outDir, { recursive: true });

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
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { context, page } = await harness.newPage({ colorScheme, width: 1440, height: 860 });
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('j');
    await page.getByRole('option').filter({ hasText: 'also on' }).first().click();
    await page.getByRole('article').getByRole('heading').first().waitFor();
    await page.keyboard.press('s');
    await page.waitForTimeout(400);
    const path = `${outDir}reader-${colorScheme}.png`;
    await page.screenshot({ path });
    process.stdout.write(`${path}\n`);
    await context.close();
  }
} finally {
  await harness.close();
}
