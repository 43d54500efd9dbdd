// The first run without network: the welcome says Planet Linux Australia was subscribed and why,
// offers Add a feed and Import OPML…, and says Orrery is offline and will retry; the list never
// says "All read." for a feed never fetched. (The planet's address is served on loopback, where
// nothing answers: no traffic leaves the machine.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startServer } from '../support/server.ts';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const welcome = () => page.getByRole('region', { name: 'Welcome to Orrery' });

/** An address on loopback where nothing listens (a server started, then closed). */
async function deadAddress(path: string): Promise<string> {
  const server = await startServer();
  const url = server.url(path);
  await server.close();
  return url;
}

describe('first run, offline', () => {
  before(async () => {
    harness = await startHarness([], {
      firstRunFeeds: [await deadAddress('/planet.linux.org.au/')],
    });
    await harness.reader.refresh({});
    ({ page } = await harness.newPage());
    await page.getByRole('treeitem', { name: /^All unread, / }).waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('the welcome explains the planet, offers two ways in and says Orrery is offline', async () => {
    await welcome().waitFor();
    const text = (await welcome().textContent()) ?? '';
    assert.match(text, /subscribed you to Planet Linux Australia/);
    assert.match(text, /offline/);
    assert.match(text, /will retry/);
    await welcome().getByRole('button', { name: 'Add a feed' }).click();
    await until(
      async () =>
        (await page.evaluate('document.activeElement?.getAttribute("aria-label")')) ===
        'Add a feed by address',
    );
    assert.equal(await welcome().getByRole('button', { name: 'Import OPML…' }).count(), 1);
  });

  test('the empty list does not say "All read." for a feed never fetched', async () => {
    const empty = page.locator('.empty-list');
    await empty.waitFor();
    const text = (await empty.textContent()) ?? '';
    assert.doesNotMatch(text, /All read/);
    assert.match(text, /offline/);
  });
});
