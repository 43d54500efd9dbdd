// Settings → Accounts in the real renderer (Chromium through the preview) against the real Tiny
// Tiny RSS server: add an account by its form, see the server's category and feed in the tree
// with their entries, then remove the account and see them go.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  ApiSession,
  createCategory,
  createUser,
  rss,
  serveFeed,
  ttrssOrSkip,
  type TtrssServer,
  type TtrssUser,
} from '../support/ttrss/ttrss.ts';
import { nestedInTree, startHarness, until, type Harness } from './harness.ts';

let harness: Harness | null = null;
let server: TtrssServer;
let page: Page;
let user: TtrssUser;

describe('Settings → Accounts in Chromium through the preview', () => {
  before(async () => {
    const found = await ttrssOrSkip();
    if (!found) return;
    server = found;
    user = createUser('ui');
    const other = new ApiSession(server.apiUrl);
    await other.login(user);
    const url = serveFeed(
      `${user.login}.xml`,
      rss('Account Feed', [
        { id: 'a1', title: 'From the server, one', link: 'http://example.org/ui/1' },
        { id: 'a2', title: 'From the server, two', link: 'http://example.org/ui/2' },
        { id: 'a3', title: 'From the server, three', link: 'http://example.org/ui/3' },
      ]),
    );
    await other.subscribe(url, createCategory(user, 'Reading'));
    harness = await startHarness([{ path: '/local.xml', fixture: 'corpus/feeds/hugo-rss.xml' }]);
    ({ page } = await harness.newPage());
  });
  after(async () => {
    await harness?.close();
  });

  test('add an account in Settings, its feeds appear in the tree; remove it, they go', async (t) => {
    if (!harness) return t.skip('no Tiny Tiny RSS here');
    await page.getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('group', { name: 'Accounts' });
    await section.getByRole('listitem', { name: 'Local' }).waitFor();

    // A wrong password first: one sentence, nothing added.
    await section.getByLabel('Server address').fill(server.apiUrl);
    await section.getByLabel('User').fill(user.login);
    await section.getByLabel('Password').fill('not the password');
    await section.getByRole('button', { name: 'Add account' }).click();
    await page
      .getByText(/password/i)
      .first()
      .waitFor();
    assert.equal(await section.getByRole('listitem').count(), 1, 'only the local account');

    await section.getByLabel('Password').fill(user.password);
    await section.getByRole('button', { name: 'Add account' }).click();
    const name = new RegExp(`^TT-RSS ${user.login} on 127\\.0\\.0\\.1:\\d+`);
    const row = section.getByRole('listitem', { name });
    await row.waitFor();
    assert.equal(await section.getByLabel('Password').inputValue(), '', 'form cleared');

    const account = page.getByRole('treeitem', { name });
    await until(
      () => nestedInTree(page, [name, /^Reading, 3 unread/, /^Account Feed, 3 unread/]),
      30_000,
    );
    await row.getByText(/^Last sync /).waitFor();

    await row.getByRole('button', { name: 'Remove…' }).click();
    await row.getByRole('button', { name: 'Remove account' }).click();
    await until(async () => (await account.count()) === 0, 15_000);
    await until(async () => (await section.getByRole('listitem').count()) === 1);
    assert.equal(await page.getByRole('treeitem', { name: /^Account Feed/ }).count(), 0);
    assert.equal((await harness.reader.listAccounts({})).length, 1, 'the engine has none left');
    // The local feed is untouched.
    assert.equal((await harness.reader.listFeeds({})).length, 1);
  });
});
