// OPML in the window: Import OPML… by the file picker, by dropping a file anywhere, and from an
// address, each with its report (added, already there, each problem with its line) and the
// folders shown at once; Export OPML… as a download, imported into an empty data directory.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openReader } from '../../electron/engine/reader.ts';
import { rendererOutDir } from '../../electron/preview/buildRenderer.ts';
import { startPreviewServer } from '../../electron/preview/server.ts';
import { tempDir } from '../support/fixtures.ts';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const dialog = () => page.getByRole('dialog');
const treeItem = (name: RegExp) => page.getByRole('treeitem', { name });

/** An export from another reader: two folders, a feed already subscribed, a refused address. */
function opml(title: string, folder: string): string {
  const url = (path: string) => harness.feeds.url(path);
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>${title}</title></head>
  <body>
    <outline text="${folder}">
      <outline text="${folder} one" type="rss" xmlUrl="${url(`/${folder}/one.xml`)}"/>
      <outline text="${folder} two" type="rss" xmlUrl="${url(`/${folder}/two.xml`)}"/>
    </outline>
    <outline text="Bad" type="rss" xmlUrl="javascript:alert(1)"/>
    <outline text="Hugo" type="rss" xmlUrl="${url('/hugo.xml')}"/>
  </body>
</opml>`;
}

async function expectReport(added: number, existing: number, problemLine: number): Promise<void> {
  const report = dialog();
  await report.getByText(`${added} feeds added`).waitFor({ timeout: 15_000 });
  await report.getByText(`${existing} feed already there`).waitFor();
  const problems = report.getByRole('list', { name: 'Problems' });
  assert.match((await problems.textContent()) ?? '', new RegExp(`^Line ${problemLine}: `));
}

async function closeReport(): Promise<void> {
  await dialog().getByRole('button', { name: 'Close' }).click();
  await until(async () => (await dialog().count()) === 0);
}

describe('OPML in the window', () => {
  before(async () => {
    harness = await startHarness([{ path: '/hugo.xml', fixture: 'corpus/feeds/hugo-rss.xml' }], {
      routes: {
        '/remote.opml': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/x-opml' }).end(opml('Remote', 'Remote'));
        },
      },
    });
    ({ page } = await harness.newPage());
    await page.getByRole('treeitem', { name: /^All unread, / }).waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('Import OPML… opens the file picker; the report and the folders show at once', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import OPML…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'subscriptions.opml',
      mimeType: 'text/x-opml',
      buffer: Buffer.from(opml('Picked', 'Picked')),
    });
    await expectReport(2, 1, 9);
    await treeItem(/^Picked, /).waitFor();
    await treeItem(/^Picked one, /).waitFor();
    await closeReport();
  });

  test('dropping an .opml file anywhere on the window imports it', async () => {
    // Test code has no DOM types: the file is made in the page from a string of script.
    const text = JSON.stringify(opml('Dropped', 'Dropped'));
    const dataTransfer = await page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${text}], 'dropped.opml', { type: 'text/x-opml' }));
      return transfer;
    })()`);
    await page.dispatchEvent('.entries-pane', 'dragover', { dataTransfer });
    await page.dispatchEvent('.entries-pane', 'drop', { dataTransfer });
    await expectReport(2, 1, 9);
    await treeItem(/^Dropped, /).waitFor();
    await closeReport();
  });

  test('an OPML address can be given instead of a file', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import OPML…' }).click();
    await chooser; // the picker opened; the person closes it and types an address instead
    await dialog()
      .getByRole('textbox', { name: 'Or the address of an OPML file' })
      .fill(harness.feeds.url('/remote.opml'));
    await dialog().getByRole('button', { name: 'Import from address' }).click();
    await expectReport(2, 1, 9);
    await treeItem(/^Remote, /).waitFor();
    await closeReport();
  });

  test('Export OPML… downloads a file that an empty data directory imports whole', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export OPML…' }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /\.opml$/);
    const path = await download.path();
    const exported = await readFile(path);

    const emptyDir = tempDir('orrery-e2e-empty-');
    const reader = await openReader({ dataDir: emptyDir.path, firstRunFeeds: [] });
    const preview = await startPreviewServer({ reader, staticDir: rendererOutDir });
    const context = await harness.browser.newContext();
    try {
      const other = await context.newPage();
      await other.goto(preview.url);
      await other.getByRole('treeitem', { name: /^All unread, / }).waitFor();
      const chooser = other.waitForEvent('filechooser');
      // The welcome of an empty data directory offers Import OPML… too: the toolbar's is used.
      await other
        .getByRole('toolbar', { name: 'Subscriptions' })
        .getByRole('button', { name: 'Import OPML…' })
        .click();
      await (
        await chooser
      ).setFiles({ name: 'export.opml', mimeType: 'text/x-opml', buffer: exported });
      const count = (await harness.reader.listFeeds({})).length;
      const added = `${count} ${count === 1 ? 'feed' : 'feeds'} added`;
      await other.getByRole('dialog').getByText(added).waitFor({ timeout: 15_000 });
      const shape = (feeds: { url: string; folder: string | null }[]) =>
        feeds.map((feed) => `${feed.folder ?? ''} ${feed.url}`).sort();
      assert.deepEqual(
        shape(await reader.listFeeds({})),
        shape(await harness.reader.listFeeds({})),
      );
    } finally {
      await context.close();
      await preview.close();
      await reader.close();
      emptyDir.dispose();
    }
  });
});
