// A Tiny Tiny RSS account in the real renderer: its categories and feeds in the tree under the
// account's name, and a mark made in the window reaching the real server after `r`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  ApiSession,
  createCategory,
  createUser,
  psql,
  rss,
  serveFeed,
  ttrssOrSkip,
  type TtrssUser,
} from '../support/ttrss/ttrss.ts';
import { nestedInTree, startHarness, until, type Harness } from './harness.ts';

let harness: Harness | null = null;
let page: Page;
let user: TtrssUser;

describe('a Tiny Tiny RSS account in Chromium through the preview', () => {
  before(async () => {
    const server = await ttrssOrSkip();
    if (!server) return;
    user = createUser('e2e');
    const other = new ApiSession(server.apiUrl);
    await other.login(user);
    const url = serveFeed(
      `${user.login}.xml`,
      rss('Server Feed', [
        { id: 'e1', title: 'Synced first', link: 'http://example.org/e2e/1' },
        { id: 'e2', title: 'Synced second', link: 'http://example.org/e2e/2' },
      ]),
    );
    await other.subscribe(url, createCategory(user, 'News'));
    harness = await startHarness([]);
    await harness.reader.addAccount({
      kind: 'ttrss',
      url: server.apiUrl,
      user: user.login,
      password: user.password,
    });
    await harness.reader.syncAccounts({});
    ({ page } = await harness.newPage());
  });
  after(async () => {
    await harness?.close();
  });

  test('the tree shows the account, its category and feed; a read reaches the server', async (t) => {
    if (!harness) return t.skip('no Tiny Tiny RSS here');
    const account = page.getByRole('treeitem', {
      name: /^TT-RSS e2e\w+ on 127\.0\.0\.1:\d+, 2 unread/,
    });
    await account.waitFor();
    const accountName = /^TT-RSS e2e\w+ on 127\.0\.0\.1:\d+, 2 unread/;
    const feedName = /^Server Feed, 2 unread/;
    await until(() => nestedInTree(page, [accountName, /^News, 2 unread/, feedName]));
    await page.getByRole('treeitem', { name: feedName }).click();
    const options = page.getByRole('listbox', { name: 'Entries' }).getByRole('option');
    await until(async () => (await options.count()) === 2);
    await options.filter({ hasText: 'Synced first' }).click();
    await page.getByRole('treeitem', { name: /^Server Feed, 1 unread/ }).waitFor();
    const serverUnread = () =>
      psql(
        `SELECT ue.unread FROM ttrss_user_entries ue JOIN ttrss_entries e ON e.id = ue.ref_id WHERE ue.owner_uid = ${user.uid} AND e.title = 'Synced first'`,
      );
    assert.equal(serverUnread(), 't', 'not pushed before a sync');
    await page.keyboard.press('r');
    await until(async () => serverUnread() === 'f', 15_000);
  });
});
