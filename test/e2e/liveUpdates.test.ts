// Another process on the same data directory (the CLI): its subscriptions, folders, read and
// star marks and new posts appear in the open window within 2 seconds, without a reload.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixtureBytes } from '../support/fixtures.ts';
import { serve } from '../support/server.ts';
import { runOrrery } from '../support/orreryCli.ts';
import { countInLabel, startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const allUnread = () => page.getByRole('treeitem', { name: /^All unread, \d+ unread/ });
const starred = () => page.getByRole('treeitem', { name: /^Starred, \d+ starred/ });

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

  test('a star made by the CLI shows in the open window within 2 s', async () => {
    assert.equal(countInLabel(await starred().getAttribute('aria-label')), 0);
    const [entry] = (await harness.reader.listEntries({ limit: 1 })).entries;
    assert.ok(entry);
    const run = await runOrrery(harness.dataDir, ['star', String(entry.id)]);
    assert.equal(run.code, 0, run.stderr);
    await until(async () => countInLabel(await starred().getAttribute('aria-label')) === 1, 2000);
  });

  test('posts fetched by a CLI refresh show in the open window within 2 s', async () => {
    // The feed the CLI imported had nothing at its address until now.
    harness.feeds.route('/cli.xml', serve(fixtureBytes('corpus/feeds/ghost-rss.xml')));
    const cliFeed = (await harness.reader.listFeeds({})).find((feed) => feed.title === 'CLI feed');
    assert.ok(cliFeed);
    const run = await runOrrery(harness.dataDir, ['refresh', String(cliFeed.id)]);
    assert.equal(run.code, 0, run.stderr);
    await until(async () => countInLabel(await allUnread().getAttribute('aria-label')) > 0, 2000);
    await until(async () => (await page.getByRole('option').count()) > 0, 2000);
    // Named now by the feed itself (its title was only the OPML's).
    const cliRow = page.locator(`[role="treeitem"][data-tree-key="feed:${cliFeed.id}"]`);
    await until(async () => countInLabel(await cliRow.getAttribute('aria-label')) === 3, 2000);
  });
});
