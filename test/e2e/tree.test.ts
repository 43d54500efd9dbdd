// Managing feeds and folders in the tree, by mouse and by keyboard: the context menu (right click,
// the ContextMenu key, Shift+F10), Rename…, Move to folder…, Unsubscribe…, Properties, folders
// made, renamed, nested and deleted (each of these by mouse and by keyboard), drag and drop,
// collapsed folders kept across a restart.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const treeItem = (name: string | RegExp) => page.getByRole('treeitem', { name });
/** A row's label: its icon or disclosure button, name and count. */
const folderLabel = (name: RegExp) => treeItem(name).locator('> .tree-label');
const menu = () => page.getByRole('menu');
const dialog = () => page.getByRole('dialog');
const focusedName = async () =>
  (await page.evaluate(
    `document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''`,
  )) as string;

/** Presses Tab until the focused element is the tree row named `name` (a person's way there). */
async function tabTo(name: RegExp): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (name.test(await focusedName())) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}`);
}

const feedNames = async () =>
  (await harness.reader.listFeeds({})).map((feed) => `${feed.folder ?? ''}|${feed.title}`).sort();

describe('feeds and folders in the tree', () => {
  before(async () => {
    harness = await startHarness([
      { path: '/kerrie.xml', fixture: 'corpus/feeds/wordpress-rss2.xml' },
      { path: '/planet.xml', fixture: 'corpus/feeds/planet-venus-rss20.xml', folder: 'Planets' },
      { path: '/hugo.xml', fixture: 'corpus/feeds/hugo-rss.xml' },
    ]);
    ({ page } = await harness.newPage());
    await treeItem(/^Planets, /).waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('right click on a feed opens its menu with every command', async () => {
    const hugo = (await harness.reader.listFeeds({})).find((f) => f.url.endsWith('/hugo.xml'));
    assert.ok(hugo);
    await treeItem(new RegExp(`^${hugo.title}, `)).click({ button: 'right' });
    await menu().waitFor();
    const labels = await menu().getByRole('menuitem').allTextContents();
    for (const label of [
      'Rename…',
      'Move to folder…',
      'Refresh',
      'Open site',
      'Copy address',
      'Properties',
      'Unsubscribe…',
    ]) {
      assert.ok(labels.includes(label), label);
    }
    await page.keyboard.press('Escape');
    await until(async () => (await menu().count()) === 0);
  });

  test('Rename… by mouse renames the feed in the tree', async () => {
    const hugo = (await harness.reader.listFeeds({})).find((f) => f.url.endsWith('/hugo.xml'));
    assert.ok(hugo);
    await treeItem(new RegExp(`^${hugo.title}, `)).click({ button: 'right' });
    await menu().getByRole('menuitem', { name: 'Rename…' }).click();
    await dialog().getByRole('heading', { name: 'Rename feed' }).waitFor();
    await dialog().getByRole('textbox', { name: 'Name' }).fill('Hugo notes');
    await dialog().getByRole('button', { name: 'Rename' }).click();
    await treeItem(/^Hugo notes, /).waitFor();
    // Focus went back to the row the menu was opened on.
    await until(async () => /^Hugo notes, /.test(await focusedName()));
  });

  test('New folder…, then Move to folder… by keyboard (Shift+F10 on the focused row)', async () => {
    await page.getByRole('button', { name: 'New folder…' }).click();
    await dialog().getByRole('heading', { name: 'New folder' }).waitFor();
    await page.keyboard.type('Reading');
    await page.keyboard.press('Enter');
    await treeItem(/^Reading, /).waitFor();

    await treeItem(/^Hugo notes, /).click();
    await tabTo(/^Hugo notes, /);
    await page.keyboard.press('Shift+F10');
    await menu().waitFor();
    await page.keyboard.press('ArrowDown'); // Rename… -> Move to folder…
    assert.equal(await focusedName(), 'Move to folder…');
    await page.keyboard.press('Enter');
    await dialog().getByRole('combobox', { name: 'Folder' }).selectOption({ label: 'Reading' });
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(), 'Move');
    await page.keyboard.press('Enter');
    await until(async () => (await feedNames()).includes('Reading|Hugo notes'));
    await until(async () => (await dialog().count()) === 0);
    await until(async () => /^Hugo notes, /.test(await focusedName()));
  });

  test('the ContextMenu key opens a folder menu; Rename… and nesting by keyboard', async () => {
    await folderLabel(/^Reading, /).click();
    await tabTo(/^Reading, /);
    await page.keyboard.press('ContextMenu');
    await menu().getByRole('menuitem', { name: 'Rename…' }).focus();
    await page.keyboard.press('Enter');
    await dialog().getByRole('textbox', { name: 'Name' }).fill('Blogs');
    await page.keyboard.press('Enter');
    await treeItem(/^Blogs, /).waitFor();

    await folderLabel(/^Blogs, /).click({ button: 'right' });
    await menu().getByRole('menuitem', { name: 'Move to folder…' }).click();
    await dialog().getByRole('combobox', { name: 'Folder' }).selectOption({ label: 'Planets' });
    await dialog().getByRole('button', { name: 'Move' }).click();
    await until(async () => (await feedNames()).includes('Planets/Blogs|Hugo notes'));
  });

  test('drag and drop moves a feed out of its folder and a folder to the top level', async () => {
    const kerrie = (await harness.reader.listFeeds({})).find((f) => f.url.endsWith('/kerrie.xml'));
    assert.ok(kerrie);
    await treeItem(new RegExp(`^${kerrie.title}, `)).dragTo(folderLabel(/^Planets, /));
    await until(async () => (await feedNames()).includes(`Planets|${kerrie.title}`));
    await folderLabel(/^Blogs, /).dragTo(page.getByRole('treeitem', { name: /^Starred, / }));
    await until(async () => (await feedNames()).includes('Blogs|Hugo notes'));
  });

  test('deleting a folder asks, and its feeds move up', async () => {
    await folderLabel(/^Blogs, /).click({ button: 'right' });
    await menu().getByRole('menuitem', { name: 'Delete folder…' }).click();
    await dialog().getByText('Move them up to the top level').waitFor();
    await dialog().getByRole('button', { name: 'Delete folder' }).click();
    await until(async () => (await feedNames()).includes('|Hugo notes'));
    await until(async () => (await treeItem(/^Blogs, /).count()) === 0);
  });

  test('Properties shows the checks and validators; the address and interval are editable', async () => {
    await treeItem(/^Hugo notes, /).click({ button: 'right' });
    await menu().getByRole('menuitem', { name: 'Properties' }).click();
    const properties = dialog();
    await properties.getByText('Last check').waitFor();
    await properties.getByText('ETag').waitFor();
    await properties.getByText('Next check').waitFor();
    // The same commands as the feed's context menu.
    const commands = await properties
      .getByRole('group', { name: 'Feed commands' })
      .getByRole('button')
      .allTextContents();
    for (const label of ['Rename…', 'Move to folder…', 'Refresh', 'Open site', 'Copy address']) {
      assert.ok(commands.includes(label), label);
    }
    assert.ok(commands.includes('Unsubscribe…'));
    await properties
      .getByRole('combobox', { name: 'Check for new posts' })
      .selectOption({ label: 'Every 2 hours' });
    const fullArticle = properties.getByRole('checkbox', { name: 'Fetch the full article' });
    await until(async () => await fullArticle.isEnabled());
    assert.equal(await fullArticle.isChecked(), false);
    await fullArticle.check();
    await properties.getByRole('button', { name: 'Save' }).click();
    await until(async () => (await dialog().count()) === 0);
    const hugo = (await harness.reader.listFeeds({})).find((f) => f.title === 'Hugo notes');
    assert.ok(hugo);
    const saved = await harness.reader.getFeedProperties({ feedId: hugo.id });
    assert.equal(saved.pollIntervalMinutes, 120);
    assert.deepEqual((await harness.reader.fullArticleFeeds({})).feedIds, [hugo.id]);
  });

  test('Unsubscribe… says what happens to the posts, and the feed goes', async () => {
    await treeItem(/^Hugo notes, /).click();
    await treeItem(/^Hugo notes, /).click({ button: 'right' });
    await menu().getByRole('menuitem', { name: 'Unsubscribe…' }).click();
    await dialog()
      .getByText(/will be deleted with it/)
      .waitFor();
    await dialog().getByRole('button', { name: 'Unsubscribe' }).click();
    await until(async () => (await treeItem(/^Hugo notes, /).count()) === 0);
    assert.ok(!(await feedNames()).some((name) => name.endsWith('|Hugo notes')));
    // The view of the feed that went moved to All unread.
    await page.getByRole('heading', { name: 'All unread' }).waitFor();
  });

  test('by keyboard: New folder… in a folder, Delete folder…, Unsubscribe…', async () => {
    await folderLabel(/^Planets, /).click();
    await tabTo(/^Planets, /);
    await page.keyboard.press('ContextMenu');
    assert.equal(await focusedName(), 'New folder…');
    await page.keyboard.press('Enter');
    await dialog().getByRole('heading', { name: 'New folder' }).waitFor();
    await page.keyboard.type('Spare');
    await page.keyboard.press('Enter');
    await treeItem(/^Spare, /).waitFor();
    assert.ok((await harness.reader.listFolders({})).some((f) => f.path === 'Planets/Spare'));

    await folderLabel(/^Spare, /).click();
    await tabTo(/^Spare, /);
    await page.keyboard.press('Shift+F10');
    await menu().waitFor();
    await page.keyboard.press('End');
    assert.equal(await focusedName(), 'Delete folder…');
    await page.keyboard.press('Enter');
    // A removal starts on Cancel: the action is one Shift+Tab back.
    await dialog()
      .getByRole('heading', { name: /Delete the folder/ })
      .waitFor();
    assert.equal(await focusedName(), 'Cancel');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedName(), 'Delete folder');
    await page.keyboard.press('Enter');
    await until(async () => (await treeItem(/^Spare, /).count()) === 0);
    assert.ok(!(await harness.reader.listFolders({})).some((f) => f.name === 'Spare'));

    const kerrie = (await harness.reader.listFeeds({})).find((f) => f.url.endsWith('/kerrie.xml'));
    assert.ok(kerrie);
    const kerrieName = new RegExp(`^${kerrie.title}, `);
    await treeItem(kerrieName).click();
    await tabTo(kerrieName);
    await page.keyboard.press('ContextMenu');
    await menu().waitFor();
    await page.keyboard.press('End');
    assert.equal(await focusedName(), 'Unsubscribe…');
    await page.keyboard.press('Enter');
    await dialog()
      .getByText(/will be deleted with it/)
      .waitFor();
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedName(), 'Unsubscribe');
    await page.keyboard.press('Enter');
    await until(async () => (await treeItem(kerrieName).count()) === 0);
    assert.ok(!(await harness.reader.listFeeds({})).some((f) => f.id === kerrie.id));
  });

  test('a collapsed folder stays collapsed after a restart', async () => {
    const planets = treeItem(/^Planets, /);
    assert.equal(await planets.getAttribute('aria-expanded'), 'true');
    await planets.locator('.twisty').click();
    await until(async () => (await planets.getAttribute('aria-expanded')) === 'false');
    await harness.restart();
    await page.goto(harness.preview.url);
    await treeItem(/^Planets, /).waitFor();
    await until(
      async () => (await treeItem(/^Planets, /).getAttribute('aria-expanded')) === 'false',
    );
  });
});
