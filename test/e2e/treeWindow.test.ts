// A tree of 600 feeds: only the rows in view are drawn (with 5,000 feeds drawing them all took
// seconds), yet each row says its level, position and set size, the keys walk the whole tree, Tab
// still reaches the selected row wherever the tree is scrolled, and a drop on a feed lands in
// that feed's folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { databaseFileName } from '../../electron/engine/paths.ts';
import { openStore } from '../../electron/engine/store/index.ts';
import { startHarness, until, type Harness } from './harness.ts';

const FOLDERS = 12;
const PER_FOLDER = 50;
let harness: Harness;
let page: Page;

const treeItem = (name: string | RegExp) => page.getByRole('treeitem', { name });
const focused = async (attribute: string) =>
  (await page.evaluate(`document.activeElement?.getAttribute('${attribute}') ?? ''`)) as string;

/** 12 folders of 50 feeds (Feed 00-00 … Feed 11-49) and one loose feed, never fetched. */
function seed(dataDir: string): void {
  const store = openStore(join(dataDir, databaseFileName));
  for (let f = 0; f < FOLDERS; f += 1) {
    const folderId = store.ensureFolder(`Folder ${String(f).padStart(2, '0')}`);
    for (let i = 0; i < PER_FOLDER; i += 1) {
      const name = `${String(f).padStart(2, '0')}-${String(i).padStart(2, '0')}`;
      store.addFeed({ url: `http://127.0.0.1:9/${name}.xml`, title: `Feed ${name}`, folderId });
    }
  }
  store.addFeed({ url: 'http://127.0.0.1:9/loose.xml', title: 'Loose feed', folderId: null });
  store.setMeta('firstRunDone', new Date().toISOString());
  store.close();
}

describe('a tree of 600 feeds', () => {
  before(async () => {
    harness = await startHarness([]);
    seed(harness.dataDir);
    await harness.restart();
    ({ page } = await harness.newPage());
    await treeItem(/^Feed 00-00, /).waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('draws only the rows in view, each with its level, position and set size', async () => {
    const drawn = await page.getByRole('treeitem').count();
    assert.ok(drawn > 10 && drawn < 80, `${drawn} rows drawn of ${2 + FOLDERS * 51 + 1}`);
    const folder = treeItem(/^Folder 00, /);
    assert.equal(await folder.getAttribute('aria-level'), '1');
    assert.equal(await folder.getAttribute('aria-posinset'), '3');
    assert.equal(await folder.getAttribute('aria-setsize'), String(2 + FOLDERS + 1));
    assert.equal(await folder.getAttribute('aria-expanded'), 'true');
    const feed = treeItem(/^Feed 00-01, /);
    assert.equal(await feed.getAttribute('aria-level'), '2');
    assert.equal(await feed.getAttribute('aria-posinset'), '2');
    assert.equal(await feed.getAttribute('aria-setsize'), String(PER_FOLDER));
  });

  test('End, Home and the arrows walk the whole tree; the focused row is drawn in view', async () => {
    await treeItem(/^All unread, /).click();
    await page.keyboard.press('End');
    await until(async () => /^Loose feed, /.test(await focused('aria-label')));
    assert.equal(await focused('aria-posinset'), String(2 + FOLDERS + 1));
    await page.keyboard.press('ArrowUp');
    await until(async () => /^Feed 11-49, /.test(await focused('aria-label')));
    assert.ok(await treeItem(/^Feed 11-49, /).isVisible());
    assert.equal(await treeItem(/^Feed 00-00, /).count(), 0, 'the top rows are no longer drawn');
    await page.keyboard.press('Home');
    await until(async () => /^All unread, /.test(await focused('aria-label')));
  });

  test('Tab reaches the selected row after the tree was scrolled far from it', async () => {
    await treeItem(/^Feed 00-02, /).click();
    await until(async () => (await page.locator('.view-title').textContent()) === 'Feed 00-02');
    await page.locator('.feeds-scroll').evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
    await until(async () => (await treeItem(/^Loose feed, /).count()) === 1);
    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Tab');
    assert.match(await focused('aria-label'), /^Feed 00-02, /);
  });

  test('a feed dropped on a feed row lands in that row’s folder', async () => {
    await page.locator('.feeds-scroll').evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
    await treeItem(/^Loose feed, /).dragTo(treeItem(/^Feed 11-48, /));
    await until(async () =>
      (await harness.reader.listFeeds({})).some(
        (feed) => feed.title === 'Loose feed' && feed.folder === 'Folder 11',
      ),
    );
  });
});
