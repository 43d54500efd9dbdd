// Inline styles in the real reader (Chromium): the sanitiser keeps only allow-listed properties,
// read through the browser's own CSS parser, so CSS escapes cannot smuggle url() or image-set(),
// and no declaration can lay a box over the reader. Ordinary styling survives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;
let frame: FrameLocator;
const requests: string[] = [];

interface Styled {
  title: string;
  attribute: string | null;
  position: string;
  zIndex: string;
  backgroundImage: string;
  listStyleImage: string;
  cursor: string;
  width: string;
  color: string;
  fontStyle: string;
  marginLeft: string;
  textAlign: string;
}

async function styled(): Promise<Styled[]> {
  return frame.locator('[title]').evaluateAll((elements) =>
    elements.map((element) => {
      // In the page: the DOM's getComputedStyle (this tsconfig has no DOM types).
      const view = globalThis as unknown as {
        getComputedStyle(node: unknown): Omit<Styled, 'title' | 'attribute'>;
      };
      const computed = view.getComputedStyle(element);
      return {
        title: element.getAttribute('title') ?? '',
        attribute: element.getAttribute('style'),
        position: computed.position,
        zIndex: computed.zIndex,
        backgroundImage: computed.backgroundImage,
        listStyleImage: computed.listStyleImage,
        cursor: computed.cursor,
        width: computed.width,
        color: computed.color,
        fontStyle: computed.fontStyle,
        marginLeft: computed.marginLeft,
        textAlign: computed.textAlign,
      };
    }),
  );
}

describe('inline styles go through an allow-list', () => {
  before(async () => {
    harness = await startHarness([
      { path: '/styles.xml', fixture: 'hostile/hostile-styles-rss.xml' },
    ]);
    let context;
    ({ context, page } = await harness.newPage());
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith('http://127.0.0.1:') ? route.continue() : route.abort();
    });
    await page.getByRole('treeitem', { name: /^Styled tricks/ }).click();
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('j');
    frame = page.frameLocator('iframe.article-frame');
    await frame.getByText('The end.').waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('escaped url() and image-set(), comments, custom properties and @import fetch nothing', async () => {
    const all = await styled();
    assert.equal(all.length, 11);
    for (const element of all) {
      assert.equal(element.backgroundImage, 'none', element.title);
      assert.equal(element.listStyleImage, 'none', element.title);
      assert.doesNotMatch(element.cursor, /url/, element.title);
      assert.doesNotMatch(element.attribute ?? '', /url|image|var\(|expression|@import|\\/i);
    }
    assert.deepEqual(
      requests.filter((url) => url.includes('attacker.example')),
      [],
    );
  });

  test('nothing is positioned over the reader: no fixed, absolute or sticky, no z-index, no transform', async () => {
    for (const element of await styled()) {
      assert.ok(['static', 'relative'].includes(element.position), element.title);
      assert.equal(element.zIndex, 'auto', element.title);
      assert.doesNotMatch(
        element.attribute ?? '',
        /fixed|absolute|sticky|(^|;\s*)(z-index|inset|transform|top|left|right|bottom)\s*:/,
      );
    }
  });

  test('ordinary styling survives: colour, italics, margins, alignment', async () => {
    const byTitle = new Map((await styled()).map((element) => [element.title, element]));
    const kept = byTitle.get('kept')!;
    assert.equal(kept.color, 'rgb(200, 0, 0)');
    assert.equal(kept.fontStyle, 'italic');
    assert.equal(kept.marginLeft, '32px');
    assert.equal(kept.textAlign, 'center');
    assert.equal(
      byTitle.get('escaped-url')!.color,
      'rgb(0, 0, 200)',
      'the safe half of a style stays',
    );
    assert.equal(byTitle.get('import')!.color, 'rgb(0, 128, 0)');
  });
});
