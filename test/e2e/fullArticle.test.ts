// Full articles in the window: `f` (and the article's button) shows the post's page as
// Readability extracted it, cleaned like feed content, in the sandboxed frame; again goes back to
// the feed's version; a page without an article says so; the kept article reads with the site down.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { fixtureBytes } from '../support/fixtures.ts';
import { rssLinkingTo } from '../support/pageFeed.ts';
import { serve } from '../support/server.ts';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

before(async () => {
  harness = await startHarness([]);
  const { feeds } = harness;
  feeds.route(
    '/pages/trixie',
    serve(fixtureBytes('pages/wordpress.html'), { 'content-type': 'text/html' }),
  );
  feeds.route(
    '/pages/wall',
    serve(fixtureBytes('pages/no-article.html'), { 'content-type': 'text/html' }),
  );
  feeds.route(
    '/pages/feed',
    serve(
      rssLinkingTo([
        {
          guid: 'w',
          title: 'Sign-in wall',
          link: feeds.url('/pages/wall'),
          published: '2026-11-19T10:00:00Z',
        },
        {
          guid: 't',
          title: 'Trixie upgrade',
          link: feeds.url('/pages/trixie'),
          published: '2026-11-20T10:00:00Z',
        },
      ]),
    ),
  );
  await harness.reader.addFeed({ url: feeds.url('/pages/feed') });
  ({ page } = await harness.newPage());
});
after(async () => {
  await harness?.close();
});

const title = (text: string) => page.locator('#article-title', { hasText: text });
const frameText = () => page.frameLocator('iframe.article-frame').locator('body').innerText();
const fullButton = () =>
  page.locator('.article-actions button', { hasText: /Full article|feed’s version|Fetching/ });

test('f fetches the full article into the frame; f again shows the feed version', async () => {
  await page.getByRole('treeitem', { name: /All unread/ }).waitFor();
  // The list is there before the first key.
  await page.getByRole('option').nth(1).waitFor();
  await page.keyboard.press('j');
  await title('Trixie upgrade').waitFor();
  await until(async () => /A short summary of Trixie upgrade/.test(await frameText()));
  assert.equal(await fullButton().textContent(), 'Full article');

  await page.keyboard.press('f');
  await until(async () => /The little server under the stairs/.test(await frameText()), 10_000);
  assert.equal(await fullButton().textContent(), 'Show the feed’s version');
  assert.equal(await fullButton().getAttribute('aria-pressed'), 'true');
  assert.ok(!/Leave a comment/.test(await frameText()), 'only the article, not the page around it');
  const scripts = await page.frameLocator('iframe.article-frame').locator('script').count();
  assert.equal(scripts, 0, 'cleaned like feed content');

  await page.keyboard.press('f');
  await until(async () => /A short summary of Trixie upgrade/.test(await frameText()));
  assert.equal(await fullButton().textContent(), 'Full article');

  // The site goes down: the kept article still shows (the button this time).
  harness.feeds.route('/pages/trixie', (_req, res) => void res.writeHead(503).end());
  await fullButton().click();
  await until(async () => /The little server under the stairs/.test(await frameText()), 10_000);
});

test('a page without an article says so in a sentence, and the feed version stays', async () => {
  await page.keyboard.press('j');
  await title('Sign-in wall').waitFor();
  await page.keyboard.press('f');
  const note = page.locator('.article-note');
  await note.waitFor({ timeout: 10_000 });
  assert.match((await note.textContent()) ?? '', /found no article/);
  assert.match(await frameText(), /A short summary of Sign-in wall/);
});

test('Settings has a retention section whose choices are kept as preferences', async () => {
  await page.keyboard.press(',');
  const settings = page.getByRole('region', { name: 'Settings' });
  await settings.waitFor();
  await settings
    .getByRole('combobox', { name: 'Keep read posts for' })
    .selectOption({ label: '30 days' });
  await settings
    .getByRole('combobox', { name: 'Keep at most, per feed' })
    .selectOption({ label: '500 posts' });
  await until(async () => {
    const prefs = await harness.reader.getPreferences();
    return prefs.keepReadDays === 30 && prefs.maxPostsPerFeed === 500;
  });
  assert.equal((await harness.reader.prune({ dryRun: true })).keepReadDays, 30);
  assert.match((await settings.textContent()) ?? '', /Starred and unread posts are always kept/);
  await page.keyboard.press('Escape');
});
