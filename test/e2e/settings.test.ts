// The Settings view: reached by keyboard, changes apply at once and are kept across a restart of
// the preview (preferences live in the data directory).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const settings = () => page.getByRole('region', { name: 'Settings' });
const theme = async () => (await page.evaluate('document.documentElement.dataset.theme')) as string;

describe('settings', () => {
  before(async () => {
    harness = await startHarness([{ path: '/hugo.xml', fixture: 'corpus/feeds/hugo-rss.xml' }]);
    ({ page } = await harness.newPage());
    await page.getByRole('treeitem', { name: /^All unread, / }).waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('Settings is reached by keyboard and changes apply at once', async () => {
    for (let presses = 0; presses < 30; presses++) {
      const name = (await page.evaluate('document.activeElement?.textContent ?? ""')) as string;
      if (name === 'Settings') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await settings().waitFor();
    assert.equal(await theme(), 'light');
    await settings().getByRole('radio', { name: 'Dark' }).check();
    await until(async () => (await theme()) === 'dark');
    await settings()
      .getByRole('combobox', { name: 'Check feeds for new posts' })
      .selectOption({ label: 'Every 2 hours' });
    await settings().getByRole('checkbox', { name: 'Notify about new posts' }).uncheck();
    // The desktop-only setting is not offered in the browser.
    assert.equal(await settings().getByText('Keep polling when closed').count(), 0);
    await until(async () => (await harness.reader.getPreferences()).pollIntervalMinutes === 120);
  });

  test('settings are kept across a restart of the preview', async () => {
    await harness.restart();
    await page.goto(harness.preview.url);
    await page.getByRole('treeitem', { name: /^All unread, / }).waitFor();
    await until(async () => (await theme()) === 'dark');
    await page.keyboard.press(',');
    await settings().waitFor();
    assert.ok(await settings().getByRole('radio', { name: 'Dark' }).isChecked());
    assert.equal(
      await settings().getByRole('combobox', { name: 'Check feeds for new posts' }).inputValue(),
      '120',
    );
    assert.ok(
      !(await settings().getByRole('checkbox', { name: 'Notify about new posts' }).isChecked()),
    );
    await page.keyboard.press('Escape');
    await until(async () => (await settings().count()) === 0);
  });
});
