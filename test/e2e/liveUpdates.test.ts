// Another process on the same data directory (the CLI): its subscriptions, folders and read
// marks appear in the open window within 2 seconds, without a reload.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runOrrery } from '../support/orreryCli.ts';
import { countInLabel, startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const allUnread = () => page.getByRole('treeitem', { name: /^All unread, \d+ unread/ });

describe('changes by another process', () => {
  before(async () => {
    harness = await startHarness([{ path: '/hugo.xml', fixture: 'corpus/feeds/hugo-rss.xml' }]);
    ({ page } = await harness.newPage());
    await allUnread().waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('a CLI import shows in the open window within 2 s, with its folders', async () => {
    const file = join(harness.dataDir, 'cli-import.opml');
    writeFileSync(
      file,
      `<?xml version="1.0"?><opml version="2.0"><head><title>CLI</title></head><body>
      <outline text="From the CLI"><outline text="CLI feed" type="rss" xmlUrl="${harness.feeds.url('/cli.xml')}"/></outline>
      </body></opml>`,
    );
    const run = await runOrrery(harness.dataDir, ['import', file]);
    assert.equal(run.code, 0, run.stderr);
    const done = Date.now();
    await page.getByRole('treeitem', { name: /^From the CLI, / }).waitFor({ timeout: 2000 });
    await page.getByRole('treeitem', { name: /^CLI feed, / }).waitFor({ timeout: 2000 });
    assert.ok(Date.now() - done < 2000);
  });

  test('read marks made by the CLI update the counts and the list within 2 s', async () => {
    assert.ok(countInLabel(await allUnread().getAttribute('aria-label')) > 0);
    const run = await runOrrery(harness.dataDir, ['read', '--all']);
    assert.equal(run.code, 0, run.stderr);
    await until(async () => countInLabel(await allUnread().getAttribute('aria-label')) === 0, 2000);
    await until(async () => (await page.getByRole('option').count()) === 0, 2000);
  });
});
