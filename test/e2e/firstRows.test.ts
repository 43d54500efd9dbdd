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

  /** Opens the window in a browser of `locale`; the Intl objects built before the first row is
   * drawn, and that row's date. */
  async function firstRowIntl(
    locale: string,
  ): Promise<{ built: string[]; date: string; framesBefore: number }> {
    const context = await harness.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale,
    });
    try {
      const page = await context.newPage();
      await page.addInitScript(`
        window.__built = [];
        for (const name of ['Collator', 'DateTimeFormat', 'RelativeTimeFormat', 'NumberFormat', 'PluralRules']) {
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
            window.__framesBeforeRows = document.querySelectorAll('iframe').length;
          }
        }).observe(document, { subtree: true, childList: true });`);
      await page.goto(harness.preview.url);
      const date = page.locator('.entry-row:not(.loading) .entry-date').first();
      await date.waitFor();
      const built = (await page.evaluate('window.__builtBeforeRows')) as string[];
      const text = (await date.textContent()) ?? '';
      const framesBefore = (await page.evaluate('window.__framesBeforeRows')) as number;
      // The article's frame comes after the first paint, ready before anything is opened.
      await page.locator('iframe.article-frame').waitFor({ state: 'attached' });
      await date.hover();
      assert.match((await date.getAttribute('title')) ?? '', /\d{1,2}.*\d{2}:\d{2}/);
      return { built, date: text, framesBefore };
    } finally {
      await context.close();
    }
  }

  // A page's first Intl object of almost any kind loads ICU's data (30-60 ms in a fresh
  // renderer): not on the first rows' path, whose feeds are not sorted yet and whose dates are
  // relative ("3 hours ago"); the date's tooltip comes on hover.
  test('in English the first rows are drawn before any Intl object is built or the article frame made; their dates read as Intl would say them', async () => {
    const { built, date, framesBefore } = await firstRowIntl('en-US');
    // A frame is a document of its own (10-25 ms of the first commit): made after the first paint.
    assert.equal(framesBefore, 0);
    assert.deepEqual(built, [], built.join(', '));
    assert.match(date, /^(\d+ \w+ ago|yesterday|last \w+|today|this \w+)$/);
  });

  test("in another language the relative dates' formatter is first made by the page's first script, while the bundle loads, and no other Intl object before the first rows", async () => {
    const { built, date } = await firstRowIntl('de-DE');
    assert.equal(built[0], 'RelativeTimeFormat in first-request.js', built.join(', '));
    assert.deepEqual(
      built.filter((name) => !name.startsWith('RelativeTimeFormat')),
      [],
      built.join(', '),
    );
    assert.match(date, /^(vor |gestern|letzte|heute|dieses|diese)/);
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
