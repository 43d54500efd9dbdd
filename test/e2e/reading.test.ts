// Issue 7 in the real reader: Shift+A marks only what the list showed (not posts that arrived
// since, only a search's matches), undo walks back, the tree and list answer arrow keys, search
// shows what it found, the title counts unread posts, narrow windows never clip.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { fixtureBytes } from '../support/fixtures.ts';
import { serve } from '../support/server.ts';
import { countInLabel, startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const treeItem = (name: RegExp) => page.getByRole('treeitem', { name });
const listbox = () => page.getByRole('listbox', { name: 'Entries' });
const options = () => listbox().getByRole('option');
const selectedOption = () => listbox().locator('[role="option"][aria-selected="true"]');
const listStatus = async () => (await page.locator('.list-status').textContent()) ?? '';
const unreadOf = async (name: RegExp) =>
  countInLabel(await treeItem(name).getAttribute('aria-label'));
const allUnread = () => unreadOf(/^All unread, \d+ unread/);

async function waitFor(read: () => Promise<number>, expected: number): Promise<void> {
  await until(async () => (await read()) === expected).catch(async () => {
    assert.equal(await read(), expected);
  });
}

/** Clicks a view in the tree and waits until the list shows its rows (keys before that act on
 * the previous view's list, or on nothing while the rows load). */
async function openView(name: RegExp, title: string): Promise<void> {
  // A folder's row starts with its disclosure button: click the name.
  await treeItem(name).click({ position: { x: 120, y: 8 } });
  await until(async () => (await page.locator('.view-title').textContent()) === title);
  await until(async () => {
    const first = options().first();
    return (await first.count()) > 0 && (await first.getAttribute('aria-busy')) !== 'true';
  });
}

async function search(text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search entries' }).fill(text);
  await page.keyboard.press('Enter');
  await until(async () => / found in /.test(await listStatus()));
}

async function leaveSearch(): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search entries' }).focus();
  await page.keyboard.press('Escape');
  await until(async () => !/ found in /.test(await listStatus()));
  await page.locator('body').click({ position: { x: 1, y: 1 } });
}

describe('reading safely: bounded mark-all-read, undo, keys, search, narrow windows', () => {
  before(async () => {
    harness = await startHarness([
      { path: '/kerrie.xml', fixture: 'corpus/feeds/wordpress-rss2.xml', folder: 'Blogs' },
      { path: '/planet.xml', fixture: 'corpus/feeds/planet-venus-rss20.xml', folder: 'Planets' },
      { path: '/growing.xml', fixture: 'issue7/growing-3-rss.xml' },
    ]);
    ({ page } = await harness.newPage());
    await options().first().waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('the title carries the unread count', async () => {
    // The counts come after the list's first rows (useEntryView): wait for them.
    await until(async () => (await allUnread()) > 0);
    const unread = await allUnread();
    await until(async () => (await page.title()) === `(${unread}) Orrery`);
  });

  test('Shift+A after new posts arrived leaves them unread; Undo restores the rest', async () => {
    await treeItem(/^Growing Garden, 3 unread/).click();
    await until(async () => (await options().count()) === 3);
    await page.keyboard.press('j');
    await waitFor(() => unreadOf(/^Growing Garden/), 2);
    // Two posts arrive while the list is open: the bar offers them, they are not on screen.
    harness.feeds.route('/growing.xml', serve(fixtureBytes('issue7/growing-5-rss.xml')));
    await harness.reader.refresh({ feedIds: [harness.feedIds.get('/growing.xml')!] });
    await page.getByRole('button', { name: '2 new entries: show' }).waitFor();
    await waitFor(() => unreadOf(/^Growing Garden/), 4);

    await page.keyboard.press('Shift+A');
    await waitFor(() => unreadOf(/^Growing Garden/), 2);
    const toast = page.getByRole('status').filter({ hasText: 'Marked 2 read' });
    await toast.waitFor();
    // The list now shows the arrivals, unread.
    await until(async () => (await options().count()) === 5);
    const unreadTitles = await listbox()
      .locator('.entry-row.unread .entry-title-text')
      .allTextContents();
    assert.deepEqual(unreadTitles.sort(), ['Growing post 4', 'Growing post 5']);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await waitFor(() => unreadOf(/^Growing Garden/), 4);
    const read = await listbox().locator('.entry-row.read .entry-title-text').allTextContents();
    assert.deepEqual(read, ['Growing post 3'], 'the post read before Shift+A stays read');
  });

  test('Shift+A with a search marks only the matches; Ctrl+Z restores them', async () => {
    await treeItem(/^All unread/).click();
    const before = await allUnread();
    await search('Jessie');
    const matches = await options().count();
    assert.ok(matches >= 1 && matches < before);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Shift+A');
    await waitFor(allUnread, before - matches);
    // The undo record comes with markViewRead's answer, which may follow the counts' event.
    await page
      .getByRole('status')
      .filter({ hasText: `Marked ${matches} read` })
      .waitFor();
    await page.keyboard.press('Control+z');
    await waitFor(allUnread, before);
    await leaveSearch();
  });

  test('several undos walk back in order: m, then a folder, then Ctrl+Z twice', async () => {
    const before = await allUnread();
    const planets = await unreadOf(/^Planets, /);
    await openView(/^Blogs, /, 'Blogs');
    await page.keyboard.press('j');
    await waitFor(allUnread, before - 1);
    await page.keyboard.press('m');
    await waitFor(allUnread, before);
    await openView(/^Planets, /, 'Planets');
    await page.keyboard.press('Shift+A');
    await waitFor(() => unreadOf(/^Planets, /), 0);
    // The counts come by event, the undo record with markAllRead's answer: on a busy machine
    // the event can be first, and a Ctrl+Z then would undo the m instead.
    await page
      .getByRole('status')
      .filter({ hasText: `Marked ${planets} read` })
      .waitFor();
    await page.keyboard.press('Control+z');
    await waitFor(() => unreadOf(/^Planets, /), planets);
    // The next undo: the m (back to read), then nothing further is undone from before.
    await page.keyboard.press('Control+z');
    await waitFor(allUnread, before - 1);
  });

  test("planet rows name the author's blog first; a folder view names its own feed first", async () => {
    await treeItem(/^All unread/).click();
    await search('Jessie freeze');
    const meta = async () => {
      await until(async () => /Jessie/.test((await options().first().textContent()) ?? ''));
      return options().first().locator('.entry-meta').textContent();
    };
    assert.match((await meta()) ?? '', /^Kerrie Walsh · also on Planet/);
    await leaveSearch();
    await treeItem(/^Planets, /).click();
    await search('Jessie freeze');
    assert.match((await meta()) ?? '', /^Planet[^·]* · also on Kerrie Walsh/);
    await leaveSearch();
  });

  test('arrows in the tree: Down/Up, End/Home, Left/Right on a folder, type-ahead', async () => {
    await treeItem(/^All unread/).click();
    await treeItem(/^All unread/).focus();
    await page.keyboard.press('ArrowDown');
    await until(async () => (await treeItem(/^Starred/).getAttribute('aria-selected')) === 'true');
    await until(async () =>
      /^Starred/.test(
        (await page.evaluate(`document.activeElement?.getAttribute('aria-label')`)) as string,
      ),
    );
    await page.keyboard.press('ArrowDown');
    await until(async () => (await treeItem(/^Blogs, /).getAttribute('aria-selected')) === 'true');
    await page.keyboard.press('ArrowLeft');
    await until(async () => (await treeItem(/^Blogs, /).getAttribute('aria-expanded')) === 'false');
    await page.keyboard.press('ArrowRight');
    await until(async () => (await treeItem(/^Blogs, /).getAttribute('aria-expanded')) === 'true');
    await page.keyboard.press('ArrowRight');
    await until(
      async () => (await treeItem(/^Kerrie Walsh/).getAttribute('aria-selected')) === 'true',
    );
    await page.keyboard.press('ArrowLeft');
    await until(async () => (await treeItem(/^Blogs, /).getAttribute('aria-selected')) === 'true');
    await page.keyboard.press('End');
    await until(
      async () => (await treeItem(/^Growing Garden/).getAttribute('aria-selected')) === 'true',
    );
    await page.keyboard.press('Home');
    await until(
      async () => (await treeItem(/^All unread/).getAttribute('aria-selected')) === 'true',
    );
    await page.keyboard.type('pla');
    await until(
      async () => (await treeItem(/^Planets, /).getAttribute('aria-selected')) === 'true',
    );
  });

  test('arrows in the list: Down/Up open like j/k, End/Home, PageDown', async () => {
    await treeItem(/^Kerrie Walsh/).click();
    await options().first().waitFor();
    await listbox().focus();
    await page.keyboard.press('ArrowDown');
    await until(async () => (await selectedOption().getAttribute('aria-posinset')) === '1');
    await page.getByRole('article').getByRole('heading').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await until(async () => (await selectedOption().getAttribute('aria-posinset')) === '2');
    await page.keyboard.press('ArrowUp');
    await until(async () => (await selectedOption().getAttribute('aria-posinset')) === '1');
    const total = await options().count();
    await page.keyboard.press('End');
    await until(
      async () => (await selectedOption().getAttribute('aria-posinset')) === String(total),
    );
    await page.keyboard.press('Home');
    await until(async () => (await selectedOption().getAttribute('aria-posinset')) === '1');
    await page.keyboard.press('PageDown');
    await until(
      async () => (await selectedOption().getAttribute('aria-posinset')) === String(total),
    );
  });

  test('search shows what it found: header, snippets and highlights, relevance order', async () => {
    await treeItem(/^All unread/).click();
    await search('btrfs');
    assert.match(await listStatus(), /^\d+ found in all entries$/);
    const first = options().first();
    assert.match((await first.locator('.entry-snippet').textContent()) ?? '', /btrfs/i);
    assert.ok((await first.locator('.entry-snippet mark').count()) >= 1);
    await first.click();
    const frame = page.frameLocator('iframe.article-frame');
    await frame.locator('mark').first().waitFor();
    assert.match((await frame.locator('mark').first().textContent()) ?? '', /^btrfs$/i);
    await page.getByRole('button', { name: 'Most relevant' }).click();
    await until(
      async () =>
        (await page.getByRole('button', { name: 'Most relevant' }).getAttribute('aria-pressed')) ===
        'true',
    );
    await until(async () => / found in /.test(await listStatus()));
    assert.ok((await options().count()) >= 1);
    await leaveSearch();
  });

  test('unread only / all is remembered per view', async () => {
    await treeItem(/^Kerrie Walsh/).click();
    const toggle = page
      .getByRole('group', { name: 'List options' })
      .getByRole('button', { name: /^(Unread only|All entries)$/ });
    await until(async () => (await toggle.getAttribute('aria-pressed')) === 'false');
    const all = await options().count();
    await toggle.click();
    await until(async () => (await toggle.getAttribute('aria-pressed')) === 'true');
    await until(async () => (await options().count()) < all);
    await treeItem(/^Planets, /).click();
    await until(async () => (await toggle.getAttribute('aria-pressed')) === 'false');
    await treeItem(/^Kerrie Walsh/).click();
    await until(async () => (await toggle.getAttribute('aria-pressed')) === 'true');
    await toggle.click();
  });

  for (const width of [900, 700]) {
    test(`a ${width}×700 window shows the whole article, nothing clipped`, async () => {
      const { context, page: narrow } = await harness.newPage({ width, height: 700 });
      try {
        const list = narrow.getByRole('listbox', { name: 'Entries' });
        await list.getByRole('option').first().waitFor();
        // The feed pane is behind its toggle.
        assert.equal(await narrow.locator('#feeds-pane').isVisible(), false);
        await narrow.getByRole('button', { name: /Feeds/ }).click();
        await narrow.getByRole('treeitem', { name: /^Kerrie Walsh/ }).click();
        assert.equal(await narrow.locator('#feeds-pane').isVisible(), false);
        await list.getByRole('option', { name: /Surviving the Jessie freeze/ }).click();
        const frame = narrow.locator('iframe.article-frame');
        await until(async () => (await frame.getAttribute('data-entry-id')) !== null);
        const box = (await frame.boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= width, JSON.stringify(box));
        assert.ok(box.width >= 320, JSON.stringify(box));
        const heading = (await narrow
          .getByRole('article')
          .getByRole('heading')
          .first()
          .boundingBox())!;
        assert.ok(heading.x >= 0 && heading.x + heading.width <= width, JSON.stringify(heading));
        const overflow = await narrow
          .frameLocator('iframe.article-frame')
          .locator('html')
          .evaluate((root) => root.scrollWidth - root.clientWidth);
        assert.equal(overflow, 0);
        if (width < 760) {
          // List and article take turns: Back returns to the list.
          assert.equal(await list.isVisible(), false);
          await narrow.getByRole('button', { name: '← Back' }).click();
          await list.waitFor();
          assert.equal(await frame.isVisible(), false);
        } else {
          assert.equal(await list.isVisible(), true);
        }
      } finally {
        await context.close();
      }
    });

    test(`a ${width}×700 window reaches Settings from the feed drawer, and comes back`, async () => {
      const { context, page: narrow } = await harness.newPage({ width, height: 700 });
      try {
        const list = narrow.getByRole('listbox', { name: 'Entries' });
        await list.getByRole('option').first().waitFor();
        await narrow.getByRole('button', { name: /Feeds/ }).click();
        await narrow.getByRole('button', { name: 'Settings' }).click();
        const settings = narrow.getByRole('region', { name: 'Settings' });
        await settings.waitFor();
        assert.equal(await narrow.locator('#feeds-pane').isVisible(), false, 'drawer closed');
        const box = (await settings.boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= width, JSON.stringify(box));
        await narrow.getByRole('button', { name: 'Close settings' }).click();
        await settings.waitFor({ state: 'detached' });
        await list.waitFor();
        // Opening an entry while Settings are open shows the entry.
        await narrow.getByRole('button', { name: /Feeds/ }).click();
        await narrow.getByRole('button', { name: 'Settings' }).click();
        await settings.waitFor();
        if (width < 760) {
          await narrow.getByRole('button', { name: '← Back' }).click();
          await settings.waitFor({ state: 'detached' });
        }
        await list.getByRole('option').first().click();
        await settings.waitFor({ state: 'detached' });
        await narrow.getByRole('article').getByRole('heading').first().waitFor();
      } finally {
        await context.close();
      }
    });
  }
});
