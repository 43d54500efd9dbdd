// The hostile-HTML fixture (script, handlers, javascript: links, SVG/MathML tricks, meta refresh,
// base, forms, object/embed, iframe srcdoc, CSS expressions) opened in the real reader: nothing
// runs, nothing fetches from the attacker, and the reader page is not navigated or changed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, ConsoleMessage, Dialog, Page } from 'playwright-core';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let context: BrowserContext;
let page: Page;
const dialogs: Dialog[] = [];
const consoleMessages: ConsoleMessage[] = [];
const pageErrors: Error[] = [];
const requests: string[] = [];
let mainNavigations = 0;

describe('hostile article content stays inert', () => {
  before(async () => {
    harness = await startHarness([
      { path: '/hostile.xml', fixture: 'hostile/hostile-content-rss.xml' },
    ]);
    ({ context, page } = await harness.newPage());
    // Only the preview and the fixture server are reachable; record every other request.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith('http://127.0.0.1:') ? route.continue() : route.abort();
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void dialog.dismiss();
    });
    page.on('console', (message) => consoleMessages.push(message));
    page.on('pageerror', (error) => pageErrors.push(error));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) mainNavigations++;
    });
    await page.getByRole('option').first().waitFor();
    await page.getByRole('treeitem', { name: /^Hostile/ }).click();
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('j');
    await page.getByRole('article').getByRole('heading').first().waitFor();
    await page.frameLocator('iframe.article-frame').locator('body').waitFor();
    await page.waitForTimeout(300);
  });
  after(async () => {
    await harness?.close();
  });

  test('the title is plain text: the heading holds no elements', async () => {
    const heading = page.getByRole('article').getByRole('heading').first();
    assert.match((await heading.textContent()) ?? '', /^Hostile/);
    assert.equal(await heading.locator('*').count(), 0);
  });

  test('the frame is sandboxed without allow-scripts', async () => {
    const sandbox = await page.locator('iframe.article-frame').getAttribute('sandbox');
    assert.ok(sandbox !== null);
    assert.ok(!sandbox.includes('allow-scripts'));
  });

  test('the cleaned document holds none of the dangerous elements or attributes', async () => {
    const frame = page.frameLocator('iframe.article-frame');
    const body = frame.locator('body');
    assert.match((await body.textContent()) ?? '', /The end\./);
    for (const selector of [
      'script',
      'svg',
      'math',
      'form',
      'input',
      'button',
      'iframe',
      'object',
      'embed',
      'base',
      'meta',
      'link',
      'style',
      '[onerror]',
      '[onload]',
      '[srcdoc]',
      '[poster]',
      '[style*="expression" i]',
      '[style*="url(" i]',
      'a[href*="javascript:" i]',
      'a[href^="data:" i]',
      'img[srcset*="javascript" i]',
      '[target="_top"]',
    ]) {
      assert.equal(await body.locator(selector).count(), 0, selector);
    }
    const targets = await body
      .locator('a[href]')
      .evaluateAll((links) =>
        links.map((link) => `${link.getAttribute('target')} ${link.getAttribute('rel')}`),
      );
    for (const target of targets) assert.equal(target, '_blank noopener noreferrer');
  });

  test('no dialog opened, no script ran, nothing was fetched from the attacker', async () => {
    assert.equal(dialogs.length, 0);
    assert.deepEqual(pageErrors, []);
    // Chromium reports the page CSP refusing inline handlers while DOMPurify parses the HTML in
    // an inert document: those are blocked attempts, not scripts that ran. Anything else is.
    const scriptTrouble = consoleMessages
      .map((message) => message.text())
      .filter((text) => !/violates the following Content Security Policy directive/.test(text))
      .filter((text) => /alert|script|Refused|Blocked/i.test(text));
    assert.deepEqual(scriptTrouble, []);
    assert.deepEqual(
      requests.filter((url) => url.includes('attacker.example')),
      [],
    );
  });

  test('clicking the links does not navigate the reader page', async () => {
    const readerUrl = page.url();
    const navigationsBefore = mainNavigations;
    const frame = page.frameLocator('iframe.article-frame');
    for (const text of ['javascript link', 'mixed case', 'data link', 'a link with target=_top']) {
      const link = frame.getByText(text);
      if ((await link.count()) > 0) await link.first().click();
    }
    await page.waitForTimeout(300);
    assert.equal(page.url(), readerUrl);
    assert.equal(mainNavigations, navigationsBefore);
    assert.equal(dialogs.length, 0);
    // The reader is intact: its panes are still there and working.
    await page.keyboard.press('?');
    await until(
      async () => (await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()) === 1,
    );
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('tree', { name: 'Feeds' }).count(), 1);
    assert.equal(await page.title(), 'Orrery');
    assert.equal(await page.evaluate('typeof window.alert'), 'function');
  });
});
