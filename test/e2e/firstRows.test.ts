// The window's first rows come first: it asks the engine for the list before the feeds, folders
// and counts, so a store of 5,000 feeds (whose tree took seconds to draw) never holds the first
// row back; the tree and its counts follow.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness;

describe('first rows', () => {
  before(async () => {
    harness = await startHarness([
      { path: '/kerrie.xml', fixture: 'corpus/feeds/wordpress-rss2.xml' },
      { path: '/hugo.xml', fixture: 'corpus/feeds/hugo-rss.xml' },
    ]);
    await harness.reader.refresh({});
  });
  after(async () => {
    await harness?.close();
  });

  test('the list is asked for before the feeds and counts, and the tree follows', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const asked: string[] = [];
      page.on('request', (request) => {
        const method = /\/api\/reader\/(\w+)/.exec(request.url())?.[1];
        if (method) asked.push(method);
      });
      await page.goto(harness.preview.url);
      await page.getByRole('listbox', { name: 'Entries' }).getByRole('option').first().waitFor();
      await page.getByRole('treeitem', { name: /^All unread, [1-9]\d* unread/ }).waitFor();
      const first = (method: string) => asked.indexOf(method);
      assert.ok(first('listEntries') >= 0, asked.join(', '));
      for (const later of ['listFeeds', 'listFolders', 'unreadCounts']) {
        assert.ok(first(later) > first('listEntries'), `${later} after listEntries: ${asked}`);
      }
    } finally {
      await context.close();
    }
  });

  test("the first page is asked for by the page's first script, not the app's bundle, once", async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      // Each reader call, with the script that made it: a classic script while it runs (the
      // page's first script), none for module code (the app's bundle) or callbacks.
      await page.addInitScript(`
        window.__calls = [];
        const fetchBefore = window.fetch;
        window.fetch = function (input, init) {
          const method = /\\/api\\/reader\\/(\\w+)/.exec(String(input))?.[1];
          const script = document.currentScript?.src.replace(/^.*\\/|\\?.*$/g, '') ?? 'no script';
          if (method) window.__calls.push(method + ' from ' + script);
          return fetchBefore.apply(this, arguments);
        };`);
      await page.goto(harness.preview.url);
      await page.getByRole('listbox', { name: 'Entries' }).getByRole('option').first().waitFor();
      const calls = (await page.evaluate('window.__calls')) as string[];
      assert.equal(calls[0], 'listEntries from first-request.js', calls.join(', '));
      const pages = calls.filter((call) => call.startsWith('listEntries'));
      assert.equal(pages.length, 1, `the early answer is the list's first page: ${calls}`);
    } finally {
      await context.close();
    }
  });

  test("the first rows are drawn before any collator or date-time formatter is built, the relative dates' formatter first made while the bundle loads; the date tooltip comes on hover", async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      // A page's first collator or date formatter loads ICU's data (10-45 ms): not for the first
      // rows, whose dates are relative ("3 hours ago") and whose feeds are not sorted yet.
      await page.addInitScript(`
        window.__built = [];
        for (const name of ['Collator', 'DateTimeFormat', 'RelativeTimeFormat']) {
          Intl[name] = new Proxy(Intl[name], {
            construct(target, args) {
              const script = document.currentScript?.src.replace(/^.*\\/|\\?.*$/g, '');
              window.__built.push(script ? name + ' in ' + script : name);
              return Reflect.construct(target, args);
            },
          });
        }
        new MutationObserver((_, observer) => {
          if (document.querySelector('.entry-row:not(.loading) .entry-title-text')) {
            observer.disconnect();
            window.__builtBeforeRows = [...window.__built];
          }
        }).observe(document, { subtree: true, childList: true });`);
      await page.goto(harness.preview.url);
      const date = page.locator('.entry-row:not(.loading) .entry-date').first();
      await date.waitFor();
      // The relative dates' formatter is first made by the page's first script, which waits
      // for the engine's answer and the bundle anyway (ICU's data then loaded for the rows).
      const built = (await page.evaluate('window.__builtBeforeRows')) as string[];
      assert.equal(built[0], 'RelativeTimeFormat in first-request.js', built.join(', '));
      assert.deepEqual(
        built.filter((name) => !name.startsWith('RelativeTimeFormat')),
        [],
        built.join(', '),
      );
      await date.hover();
      assert.match((await date.getAttribute('title')) ?? '', /\d{1,2}.*\d{2}:\d{2}/);
    } finally {
      await context.close();
    }
  });

  test('the on-demand parts come once the first rows are drawn, before anyone asks: a dialog opened then takes the keys typed at once', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(`
        new MutationObserver((_, observer) => {
          if (document.querySelector('.entry-row:not(.loading) .entry-title-text')) {
            observer.disconnect();
            window.__firstRowAt = performance.now();
          }
        }).observe(document, { subtree: true, childList: true });`);
      await page.goto(harness.preview.url);
      const parts = ['DialogHost', 'TreeContextMenu', 'SettingsView', 'ShortcutSheet'];
      await page.waitForFunction(
        (names) =>
          names.every((name) =>
            performance
              .getEntriesByType('resource')
              .some((entry) => entry.name.includes(`/assets/${name}-`)),
          ),
        parts,
      );
      const fetchedAt = (await page.evaluate(
        (names) =>
          names.map(
            (name) =>
              performance
                .getEntriesByType('resource')
                .find((entry) => entry.name.includes(`/assets/${name}-`))!.startTime,
          ),
        parts,
      )) as number[];
      const firstRowAt = (await page.evaluate('window.__firstRowAt')) as number;
      for (const [index, at] of fetchedAt.entries()) {
        assert.ok(at >= firstRowAt, `${parts[index]} at ${at} ms, first row at ${firstRowAt} ms`);
      }
      await page.getByRole('button', { name: 'New folder…' }).click();
      await page.keyboard.type('Friends');
      assert.equal(await page.getByRole('dialog').getByRole('textbox').inputValue(), 'Friends');
    } finally {
      await context.close();
    }
  });
});
