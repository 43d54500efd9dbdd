// Adding a subscription in the window: progress in the field (a slow server), Cancel, errors next
// to the field, schemeless input, a page with several feeds (comments last), the folder chosen,
// the new feed selected, and a refused address leaving no row behind.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { fixtureBytes } from '../support/fixtures.ts';
import { serve, type Handler } from '../support/server.ts';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const field = () => page.getByRole('textbox', { name: 'Add a feed by address' });
const addForm = () => page.getByRole('form', { name: 'Add a feed' });
const viewTitle = () => page.locator('.view-title');
const feedCount = async () => (await harness.reader.listFeeds({})).length;

/** Answers after `ms`, as a slow site would. */
const slow =
  (ms: number, body: Buffer): Handler =>
  (_req, res) =>
    new Promise<void>((resolve) =>
      setTimeout(() => {
        if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
        resolve();
      }, ms),
    );

const pageWithFeeds = `<!doctype html><html><head><title>Kerrie's blog</title>
<link rel="alternate" type="application/rss+xml" title="Kerrie's blog » Comments Feed" href="/comments/feed/">
<link rel="alternate" type="application/atom+xml" title="Kerrie's blog (Atom)" href="/kerrie.atom">
<link rel="alternate" type="application/rss+xml" title="Kerrie's blog (RSS)" href="/kerrie.rss">
</head><body>Hello</body></html>`;

describe('adding a subscription', () => {
  before(async () => {
    harness = await startHarness([{ path: '/hugo.xml', fixture: 'corpus/feeds/hugo-rss.xml' }], {
      routes: {
        '/slow.xml': slow(1500, fixtureBytes('corpus/feeds/ghost-rss.xml')),
        '/never.xml': slow(60_000, fixtureBytes('corpus/feeds/ghost-rss.xml')),
        '/blog/': serve(pageWithFeeds, { 'content-type': 'text/html; charset=utf-8' }),
        '/kerrie.rss': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
        '/kerrie.atom': serve(fixtureBytes('corpus/feeds/wordpress-atom-xml-base.xml')),
        '/comments/feed/': serve(fixtureBytes('corpus/feeds/substack-rss.xml')),
        '/schemeless.xml': serve(fixtureBytes('corpus/feeds/jekyll-feed-atom.xml')),
        '/missing.xml': serve('gone', { 'content-type': 'text/plain' }, 404),
      },
    });
    ({ page } = await harness.newPage());
    await page.getByRole('treeitem', { name: /^All unread, / }).waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('while it works the field says so, then the new feed is selected', async () => {
    const before = await feedCount();
    await field().fill(harness.feeds.url('/slow.xml'));
    await field().press('Enter');
    const host = harness.feeds.url('/slow.xml').replace('http://', '');
    await addForm().getByText(`Looking for a feed at ${host}…`).waitFor();
    await addForm().getByRole('button', { name: 'Cancel' }).waitFor();
    await until(async () => (await feedCount()) === before + 1, 15_000);
    const added = (await harness.reader.listFeeds({})).find((f) => f.url.endsWith('/slow.xml'));
    assert.ok(added);
    await until(async () => (await viewTitle().textContent()) === added.title);
    assert.equal(await field().inputValue(), '');
  });

  test('Cancel stops the lookup and nothing is stored', async () => {
    const before = await feedCount();
    await field().fill(harness.feeds.url('/never.xml'));
    await field().press('Enter');
    await addForm().getByRole('button', { name: 'Cancel' }).click();
    await until(async () => (await addForm().getByRole('status').count()) === 0);
    assert.equal(await addForm().getByRole('alert').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await feedCount(), before);
  });

  test('a refused address: the error is next to the field and no row appears', async () => {
    const rows = await page.getByRole('treeitem').count();
    const before = await feedCount();
    await field().fill(harness.feeds.url('/missing.xml'));
    await field().press('Enter');
    const alert = addForm().getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    assert.match((await alert.textContent()) ?? '', /404|not found/i);
    assert.equal(await field().getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByRole('treeitem').count(), rows);
    assert.equal(await feedCount(), before);
    assert.equal(await page.locator('.notice').count(), 0, 'nothing in the article pane');
  });

  test('an address without a scheme is accepted (https tried first, then http)', async () => {
    const typed = `  ${harness.feeds.url('/schemeless.xml').replace('http://', '')}  `;
    await field().fill(typed);
    await field().press('Enter');
    await until(
      async () =>
        (await harness.reader.listFeeds({})).some((f) => f.url.endsWith('/schemeless.xml')),
      15_000,
    );
    const added = (await harness.reader.listFeeds({})).find((f) =>
      f.url.endsWith('/schemeless.xml'),
    );
    assert.ok(added?.url.startsWith('http://127.0.0.1:'));
    await until(async () => (await viewTitle().textContent()) === added?.title);
  });

  test('a page with several feeds offers them (title and type, comments last) and the folder chosen', async () => {
    await page.getByRole('button', { name: 'New folder…' }).click();
    await page.keyboard.type('Friends');
    await page.keyboard.press('Enter');
    await page.getByRole('treeitem', { name: /^Friends, / }).waitFor();

    await field().fill(harness.feeds.url('/blog/'));
    await addForm().getByRole('combobox', { name: 'Folder' }).selectOption({ label: 'Friends' });
    await field().press('Enter');
    const found = page.getByRole('group', { name: 'Feeds found' });
    await found.waitFor({ timeout: 15_000 });
    const choices = await found.getByRole('button', { name: /Kerrie/ }).allTextContents();
    assert.equal(choices.length, 3);
    assert.match(choices[2] ?? '', /^Kerrie's blog » Comments Feed.*comments$/);
    assert.ok(choices.some((text) => /Atom$/.test(text)));
    await found.getByRole('button', { name: /\(Atom\)/ }).click();
    await until(
      async () => (await harness.reader.listFeeds({})).some((f) => f.url.endsWith('/kerrie.atom')),
      15_000,
    );
    const added = (await harness.reader.listFeeds({})).find((f) => f.url.endsWith('/kerrie.atom'));
    assert.equal(added?.folder, 'Friends');
    await until(async () => (await viewTitle().textContent()) === added?.title);
    assert.ok(!(await harness.reader.listFeeds({})).some((f) => f.url.endsWith('/comments/feed/')));
  });

  test("a narrow window's Feeds button says a refresh is under way, then that a feed failed", async () => {
    const hugo = (await harness.reader.listFeeds({})).find((f) => f.url.endsWith('/hugo.xml'));
    assert.ok(hugo);
    const { context, page: narrow } = await harness.newPage({ width: 700, height: 700 });
    try {
      // The accessible name, as a screen reader says it (the ☰ glyph is hidden from it).
      const toggleSays = async (name: string) =>
        (await narrow.getByRole('button', { name, exact: true }).count()) === 1;
      await until(() => toggleSays('Feeds'));
      harness.feeds.route('/hugo.xml', (_req, res) => {
        setTimeout(() => res.writeHead(500, { 'content-type': 'text/plain' }).end('down'), 1500);
      });
      const refreshed = harness.reader.refresh({ feedIds: [hugo.id] });
      await until(() => toggleSays('Feeds, refreshing 0 of 1'));
      await refreshed;
      await until(() => toggleSays('Feeds, 1 feed failing'));
      harness.feeds.route('/hugo.xml', serve(fixtureBytes('corpus/feeds/hugo-rss.xml')));
      await harness.reader.refresh({ feedIds: [hugo.id] });
      await until(() => toggleSays('Feeds'));
    } finally {
      await context.close();
    }
  });

  test('a feed in error offers Retry now and Unsubscribe… where the error is shown', async () => {
    const hugo = (await harness.reader.listFeeds({})).find((f) => f.url.endsWith('/hugo.xml'));
    assert.ok(hugo);
    harness.feeds.route('/hugo.xml', serve('down', { 'content-type': 'text/plain' }, 500));
    await harness.reader.refresh({ feedIds: [hugo.id] });
    const row = page.getByRole('treeitem', { name: new RegExp(`^${hugo.title}, .*error`) });
    await row.click();
    const details = page.getByRole('region', { name: `About ${hugo.title}` });
    await details.getByText(/Last check failed/).waitFor();
    harness.feeds.route('/hugo.xml', serve(fixtureBytes('corpus/feeds/hugo-rss.xml')));
    await details.getByRole('button', { name: 'Retry now' }).click();
    await until(async () => (await details.getByText(/Last check failed/).count()) === 0, 15_000);

    harness.feeds.route('/hugo.xml', serve('down', { 'content-type': 'text/plain' }, 500));
    await harness.reader.refresh({ feedIds: [hugo.id] });
    await details.getByRole('button', { name: 'Unsubscribe…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Unsubscribe' }).click();
    await until(async () => !(await harness.reader.listFeeds({})).some((f) => f.id === hugo.id));
  });
});
