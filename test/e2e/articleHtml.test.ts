// Article HTML as blogs really write it, in the real reader: nothing overflows the frame (inline
// widths, tables, captions, wide images scaled with their proportions), lazy images become real,
// embedded players become Orrery's link cards, podcasts get a player and Mastodon its images.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { pngOfSize } from '../support/png.ts';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let context: BrowserContext;
let page: Page;

const frame = () => page.frameLocator('iframe.article-frame');

/** Opens a feed in the tree and one of its entries by title; waits for the content. */
async function openEntry(feed: RegExp, title: RegExp): Promise<void> {
  await page.getByRole('treeitem', { name: feed }).click();
  const option = page
    .getByRole('listbox', { name: 'Entries' })
    .getByRole('option', { name: title });
  await option.click();
  const id = await option.getAttribute('data-entry-id');
  await until(
    async () => (await page.locator('iframe.article-frame').getAttribute('data-entry-id')) === id,
  );
}

/** The address an image in the frame shows: images come only through Orrery's cache route
 * (/cache/image?u=ADDRESS), so this is its u. */
const shownAddress = async (name: string): Promise<string | null> => {
  const src = await frame().getByRole('img', { name }).getAttribute('src');
  return src ? new URL(src).searchParams.get('u') : null;
};

/** How far the frame's document is wider than its viewport (0: nothing overflows). */
const frameOverflow = () =>
  frame()
    .locator('html')
    .evaluate((root) => root.scrollWidth - root.clientWidth);

describe('article HTML quirks', () => {
  before(async () => {
    harness = await startHarness([
      { path: '/quirks.xml', fixture: 'issue7/html-quirks-rss.xml' },
      { path: '/podcast.xml', fixture: 'corpus/feeds/castopod-podcast-rss.xml' },
      { path: '/mastodon.xml', fixture: 'corpus/feeds/mastodon-account-rss.xml' },
    ]);
    ({ context, page } = await harness.newPage());
    // Images and media point at reserved hosts: nothing leaves loopback.
    await context.route('**/*', (route) =>
      route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : route.abort(),
    );
    await page.getByRole('option').first().waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('inline widths, tables, captions and wide images stay inside the frame', async () => {
    // The panorama (2400x600) is held back while it loads, then arrives: its box must not jump.
    let release: (() => Promise<void>) | undefined;
    const panoramaFromCache = (url: URL) =>
      url.pathname === '/cache/image' &&
      url.searchParams.get('u')?.endsWith('/panorama.jpg') === true;
    await page.route(panoramaFromCache, (route) => {
      release = () =>
        route.fulfill({ status: 200, contentType: 'image/png', body: pngOfSize(2400, 600) });
    });
    await openEntry(/^Quirky Blog/, /Wide things/);
    assert.match((await frame().locator('body').textContent()) ?? '', /After the wide things/);
    assert.equal(await frameOverflow(), 0);
    const panorama = frame().getByRole('img', { name: 'Panorama' });
    const measure = () =>
      panorama.evaluate((img) => {
        const rect = img.getBoundingClientRect();
        const loaded = (img as unknown as { naturalWidth: number }).naturalWidth;
        return {
          width: rect.width,
          height: rect.height,
          body: img.ownerDocument.body.clientWidth,
          loaded,
        };
      });
    await until(async () => release !== undefined);
    const loading = await measure();
    assert.equal(loading.loaded, 0);
    assert.ok(loading.width > 100 && loading.width <= loading.body, JSON.stringify(loading));
    // Scaled down with the proportions its width/height give (4:1), before it has loaded.
    assert.ok(Math.abs(loading.height - loading.width / 4) <= 2, JSON.stringify(loading));
    await release!();
    await until(async () => (await measure()).loaded > 0);
    const loaded = await measure();
    assert.deepEqual([loaded.width, loaded.height], [loading.width, loading.height], 'no jump');
    assert.equal(await frameOverflow(), 0);
  });

  test('lazy images become real: data-src, data-lazy-src, data-srcset, noscript', async () => {
    await openEntry(/^Quirky Blog/, /Lazy pictures/);
    assert.equal(await shownAddress('Garden one'), 'https://images.invalid/garden-1.jpg');
    // A lazy srcset: the cache keeps one image per <img>, the widest candidate (800w, not 400w).
    assert.equal(await shownAddress('Garden two'), 'https://images.invalid/garden-2.jpg');
    assert.equal(await frame().getByRole('img', { name: 'Garden two' }).count(), 1, 'not twice');
    assert.equal(await shownAddress('Garden three'), 'https://images.invalid/garden-3.jpg');
    assert.equal(await shownAddress('Garden four'), 'https://images.invalid/garden-4@2x.jpg');
    assert.equal(await frame().locator('img[srcset]').count(), 0, 'candidates chosen, not left');
    assert.equal(await frame().locator('noscript, [data-src], [data-lazy-src]').count(), 0);
  });

  test('embedded players become link cards named by their host; no frames', async () => {
    await openEntry(/^Quirky Blog/, /Three videos/);
    const cards = frame().locator('a.orrery-embed');
    assert.equal(await cards.count(), 4);
    const texts = await cards.allTextContents();
    assert.match(texts[0]!, /^▶ Video on youtube\.com/);
    assert.match(texts[0]!, /Surviving the Jessie freeze \(LCA2015\)/);
    assert.equal(
      await cards.nth(0).getAttribute('href'),
      'https://www.youtube.com/watch?v=Tq3xK8vLw0E',
    );
    assert.match(texts[1]!, /^▶ Video on vimeo\.com/);
    assert.match(texts[2]!, /^▶ Video on tube\.invalid/);
    assert.match(texts[3]!, /^↗ Embedded page on maps\.invalid/);
    assert.equal(await frame().locator('iframe, script').count(), 0);
    assert.equal(await frameOverflow(), 0);
  });

  test('a podcast episode gets an audio player and a download link', async () => {
    await openEntry(/^Tux Down Under/, /very loud UPS/);
    const audio = frame().locator('audio[controls]');
    assert.equal(await audio.count(), 1);
    assert.equal(
      await audio.getAttribute('src'),
      'https://podcasts.example.org/audio/@tuxdownunder/lca-debian-12-5-and-a-very-loud-ups.mp3',
    );
    const download = frame().getByRole('link', { name: /^Download audio \(MP3, 45\.6 MB\)/ });
    assert.equal(await download.count(), 1);
  });

  test('Mastodon image attachments are shown under the text', async () => {
    await page.getByRole('treeitem', { name: /^Kerrie Walsh/ }).click();
    const rack = page.getByRole('option', { name: /New rack shelf/ });
    await rack.waitFor();
    assert.doesNotMatch((await rack.textContent()) ?? '', /\(untitled\)/);
    await rack.click();
    // Through the cache route: the attachment's address is the route's (encoded) u.
    const attachment = encodeURIComponent('original/5b1e0c6f2a9d7e43.jpeg');
    const image = frame().locator(`.orrery-media img[src$="${attachment}"]`);
    await image.waitFor({ state: 'attached' });
    assert.equal(await image.count(), 1);
  });
});
