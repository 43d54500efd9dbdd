// The real renderer in Debian's Chromium, through the browser preview, against fixture feeds
// served from loopback: panes by role, keyboard reading, counts, starring, search, the planet merge.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { fixtureBytes } from '../support/fixtures.ts';
import { serve } from '../support/server.ts';
import { countInLabel, startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const allUnread = () => page.getByRole('treeitem', { name: /^All unread, \d+ unread/ });
const starred = () => page.getByRole('treeitem', { name: /^Starred, \d+ starred/ });
const options = () => page.getByRole('listbox', { name: 'Entries' }).getByRole('option');
const selectedOption = () =>
  page.getByRole('listbox', { name: 'Entries' }).locator('[role="option"][aria-selected="true"]');
const articleHeading = () => page.getByRole('article').getByRole('heading').first();

const focusedLabel = async () =>
  (await page.evaluate(`document.activeElement?.getAttribute('aria-label') ?? ''`)) as string;
const listStatus = async () => (await page.locator('.list-status').textContent()) ?? '';
const selectedTreeItem = async () =>
  (await page.locator('[role="treeitem"][aria-selected="true"]').getAttribute('aria-label')) ?? '';

async function unreadCount(): Promise<number> {
  return countInLabel(await allUnread().getAttribute('aria-label'));
}

async function waitForCount(read: () => Promise<number>, expected: number): Promise<void> {
  const deadline = Date.now() + 5000;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await page.waitForTimeout(50);
    last = await read();
  }
  assert.equal(last, expected);
}

describe('reader in Chromium through the preview', () => {
  before(async () => {
    harness = await startHarness([
      // Kerrie Walsh's blog (WordPress) and Planet Venus both carry "Surviving the Jessie freeze".
      { path: '/kerrie.xml', fixture: 'corpus/feeds/wordpress-rss2.xml' },
      { path: '/planet.xml', fixture: 'corpus/feeds/planet-venus-rss20.xml', folder: 'Planets' },
      { path: '/hugo.xml', fixture: 'corpus/feeds/hugo-rss.xml' },
    ]);
    ({ page } = await harness.newPage());
    await options().first().waitFor();
    // The window asks for its first rows before the feeds and counts (useEntryView): wait for both.
    await until(async () => (await unreadCount().catch(() => 0)) > 0);
  });
  after(async () => {
    await harness?.close();
  });

  test('the three panes are found by role', async () => {
    await allUnread().waitFor();
    assert.ok((await unreadCount()) > 0);
    assert.equal(await page.getByRole('tree', { name: 'Feeds' }).count(), 1);
    assert.ok((await page.getByRole('treeitem', { name: /unread/ }).count()) >= 5);
    assert.ok((await options().count()) > 0);
    assert.equal(await selectedOption().count(), 0);
    assert.match((await page.locator('.article-empty').textContent()) ?? '', /Choose an entry/);
  });

  test('j opens the next entry, marks it read and updates the count in the tree', async () => {
    const before = await unreadCount();
    await page.keyboard.press('j');
    await articleHeading().waitFor();
    const firstTitle = await options().first().locator('.entry-title-text').textContent();
    assert.equal(await options().first().getAttribute('aria-selected'), 'true');
    assert.equal(await articleHeading().textContent(), firstTitle);
    await waitForCount(unreadCount, before - 1);
    assert.match((await options().first().getAttribute('class')) ?? '', /\bread\b/);

    await page.keyboard.press('j');
    await until(async () => (await selectedOption().getAttribute('aria-posinset')) === '2');
    await waitForCount(unreadCount, before - 2);
    await page.keyboard.press('k');
    await until(async () => (await selectedOption().getAttribute('aria-posinset')) === '1');
    assert.equal(await unreadCount(), before - 2, 'k onto a read entry changes nothing');

    await page.keyboard.press('m');
    await waitForCount(unreadCount, before - 1);
    assert.match((await selectedOption().getAttribute('class')) ?? '', /\bunread\b/);
    await page.keyboard.press('m');
    await waitForCount(unreadCount, before - 2);
  });

  test('s stars the open entry and the Starred view lists it', async () => {
    const title = await articleHeading().textContent();
    await page.keyboard.press('s');
    await waitForCount(async () => countInLabel(await starred().getAttribute('aria-label')), 1);
    assert.equal(
      await page.getByRole('button', { name: /Starred/ }).getAttribute('aria-pressed'),
      'true',
    );
    await starred().click();
    await until(async () => (await options().count()) === 1);
    assert.equal(await options().first().locator('.entry-title-text').textContent(), title);
    await page.keyboard.press('j');
    await page.keyboard.press('s');
    await waitForCount(async () => countInLabel(await starred().getAttribute('aria-label')), 0);
    await allUnread().click();
    await options().first().waitFor();
  });

  test('a planet post carried by the blog too is listed once, with "also on"', async () => {
    await page.getByRole('treeitem', { name: /^Planets, / }).click();
    await page.keyboard.press('/');
    await page.keyboard.type('Jessie freeze');
    await page.keyboard.press('Enter');
    await until(async () => /found in /.test(await listStatus()));
    const matches = options().filter({ hasText: 'Surviving the Jessie freeze' });
    assert.equal(await matches.count(), 1);
    assert.match((await matches.first().textContent()) ?? '', /also on/);
  });

  test('search finds entries across feeds and Escape leaves it', async () => {
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('Jessie');
    await page.keyboard.press('Enter');
    await until(async () => /\d+ found in /.test(await listStatus()));
    assert.ok((await options().count()) >= 1);
    for (const text of await options().locator('.entry-title-text').allTextContents()) {
      assert.match(text, /Jessie/i);
    }
    await page.keyboard.press('Escape');
    await until(async () => !/found in /.test(await listStatus()));
  });

  test('n and p walk the tree; shortcuts work after a click inside the article', async () => {
    await allUnread().click();
    await page.keyboard.press('n');
    await until(async () => (await selectedTreeItem()).startsWith('Starred'));
    await page.keyboard.press('p');
    await until(async () => (await selectedTreeItem()).startsWith('All unread'));
    await options().first().waitFor();
    await page.keyboard.press('j');
    await articleHeading().waitFor();
    const frame = page.frameLocator('iframe.article-frame');
    await frame.locator('body').click({ position: { x: 5, y: 5 } });
    const firstHeading = await articleHeading().textContent();
    await page.keyboard.press('j');
    await until(async () => (await articleHeading().textContent()) !== firstHeading);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('dialog').count(), 0);
  });

  test('the one article frame shows each entry’s own content, and keys inside it keep working', async () => {
    const frameElement = page.locator('iframe.article-frame');
    const body = page.frameLocator('iframe.article-frame').locator('body');
    await page.keyboard.press('j');
    await until(async () => (await frameElement.getAttribute('data-entry-id')) !== null);
    const firstId = await frameElement.getAttribute('data-entry-id');
    const firstHeading = await articleHeading().textContent();
    const firstText = (await body.textContent()) ?? '';
    assert.equal(firstId, await selectedOption().getAttribute('data-entry-id'));
    await body.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await until(async () => {
      const shown = await frameElement.getAttribute('data-entry-id');
      return shown !== null && shown !== firstId;
    });
    assert.equal(
      await frameElement.getAttribute('data-entry-id'),
      await selectedOption().getAttribute('data-entry-id'),
    );
    assert.notEqual(await articleHeading().textContent(), firstHeading);
    assert.notEqual(await body.textContent(), firstText);
    assert.equal(await page.locator('iframe.article-frame').count(), 1, 'one frame, reused');
    // After switching, the same frame document still forwards keys to the reader.
    await body.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('k');
    await until(async () => (await frameElement.getAttribute('data-entry-id')) === firstId);
    assert.equal(await articleHeading().textContent(), firstHeading);
    assert.equal(await body.textContent(), firstText);
  });

  test("a moves to the add-feed field (the desktop menu's Add Feed… sends it)", async () => {
    const field = page.getByRole('textbox', { name: 'Add a feed by address' });
    const selectedBefore = await selectedOption().getAttribute('aria-posinset');
    await page.keyboard.press('a');
    await until(async () => (await focusedLabel()) === 'Add a feed by address');
    await page.keyboard.type('jk');
    assert.equal(await field.inputValue(), 'jk', 'keys typed there are text, not commands');
    assert.equal(await selectedOption().getAttribute('aria-posinset'), selectedBefore);
    await field.fill('');
    await page.keyboard.press('Escape');
    await until(async () => (await focusedLabel()) !== 'Add a feed by address');
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    assert.match((await sheet.textContent()) ?? '', /Add a feed/);
    await page.keyboard.press('Escape');
  });

  test('links in the article: click and Enter open that link, the context-menu button does not', async () => {
    // The preview opens links with window.open (the desktop app with openExternal): record them.
    await page.evaluate(
      `window.__opened = []; window.open = (url) => { window.__opened.push(String(url)); return null; }`,
    );
    const opened = async () => (await page.evaluate('window.__opened')) as string[];
    const body = page.frameLocator('iframe.article-frame').locator('body');
    // Walk to an entry whose content has a link.
    for (let i = 0; i < 30 && (await body.locator('a[href]').count()) === 0; i++) {
      await page.keyboard.press('j');
      await page.waitForTimeout(50);
    }
    const link = body.locator('a[href]').first();
    const href = (await link.getAttribute('href')) ?? '';
    assert.match(href, /^https?:/);
    await link.click({ button: 'right' });
    await page.waitForTimeout(150);
    assert.deepEqual(await opened(), [], 'right click opens nothing');
    await link.click();
    await until(async () => (await opened()).length === 1);
    assert.deepEqual(await opened(), [href]);
    await link.focus();
    await page.keyboard.press('Enter');
    await until(async () => (await opened()).length === 2);
    assert.equal(
      (await opened())[1],
      href,
      'Enter on a focused link opens that link, not the post',
    );
  });

  test('the article frame is sandboxed without scripts and carries its own CSP', async () => {
    const sandbox = await page.locator('iframe.article-frame').getAttribute('sandbox');
    assert.equal(sandbox, 'allow-same-origin');
    const csp = await page
      .frameLocator('iframe.article-frame')
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.match(csp ?? '', /default-src 'none'/);
    assert.match(csp ?? '', /script-src 'none'/);
  });

  test('posts arriving while a search is shown reload the list with the search kept', async () => {
    const { context, page: fresh } = await harness.newPage();
    try {
      const status = async () => (await fresh.locator('.list-status').textContent()) ?? '';
      await fresh.getByRole('listbox', { name: 'Entries' }).getByRole('option').first().waitFor();
      await fresh.getByRole('searchbox', { name: 'Search entries' }).fill('Jessie');
      await fresh.keyboard.press('Enter');
      await until(async () => /\d+ found in /.test(await status()));
      // A new subscription's first fetch is the background refresh's entriesAdded, with nothing open.
      harness.feeds.route(
        '/hugo-later.xml',
        serve(fixtureBytes('corpus/feeds/jekyll-feed-atom.xml')),
      );
      await harness.reader.addFeed({ url: harness.feeds.url('/hugo-later.xml'), folder: null });
      await fresh
        .getByRole('treeitem', { name: /^Liam O’Connor/ })
        .first()
        .waitFor();
      await fresh.waitForTimeout(500);
      assert.match(await status(), /\d+ found in /, 'the reload kept the search');
      for (const text of await fresh
        .getByRole('listbox', { name: 'Entries' })
        .locator('.entry-title-text')
        .allTextContents()) {
        assert.match(text, /Jessie/i);
      }
    } finally {
      await context.close();
    }
  });

  test('a pane resized with the arrow keys keeps its new width in a new window', async () => {
    const splitter = page.getByRole('separator', { name: 'Resize feed pane' });
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await until(async () => Number(await splitter.getAttribute('aria-valuenow')) === before + 16);
    // The saved width is what a new window starts with (it was the old width: a stale closure).
    const { context, page: second } = await harness.newPage();
    try {
      const reopened = second.getByRole('separator', { name: 'Resize feed pane' });
      await until(async () => Number(await reopened.getAttribute('aria-valuenow')) === before + 16);
    } finally {
      await context.close();
    }
  });
});
