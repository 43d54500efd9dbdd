// Subscribe to members… for planets: from the planet's own OPML, and from Atom <source> elements
// when it has none. Subscribed members are ticked and disabled; the chosen ones go into a folder
// named after the planet. Every address is on loopback.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { fixtureBytes } from '../support/fixtures.ts';
import { serve, type Handler } from '../support/server.ts';
import { startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;

const members = ['alice', 'bob', 'carol'] as const;
/** Planet B's members: alice (subscribed already) and two others. */
const sourceMembers = ['alice', 'dave', 'erin'] as const;
const html = (body: string): Handler => serve(body, { 'content-type': 'text/html' });
const xml =
  (body: () => string, type: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': type }).end(body());
  };
const url = (path: string) => harness.feeds.url(path);

/** A Planet Venus style RSS feed whose page links its members' OPML. */
const planetWithOpml = () => `<?xml version="1.0"?><rss version="2.0"><channel>
<title>Planet Opml</title><link>${url('/planet-a/')}</link><generator>Planet/2.0</generator>
${members
  .map(
    (name, i) => `<item><title>${name}: post ${i}</title><guid>${url(`/${name}/post-${i}`)}</guid>
<link>${url(`/${name}/post-${i}`)}</link><pubDate>Mon, 0${i + 1} Dec 2025 10:00:00 GMT</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`;

const membersOpml =
  () => `<?xml version="1.0"?><opml version="1.1"><head><title>Members</title></head><body>
${members.map((name) => `<outline text="${name} blog" type="rss" xmlUrl="${url(`/${name}.xml`)}" htmlUrl="${url(`/${name}/`)}"/>`).join('\n')}
</body></opml>`;

/** A Venus Atom feed with <source> elements and no OPML anywhere. */
const planetWithSources = () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet Sources</title><id>${url('/planet-b/')}</id>
<link href="${url('/planet-b/')}"/><updated>2025-12-03T10:00:00Z</updated><generator>Venus</generator>
${sourceMembers
  .map(
    (name, i) => `<entry><title>Post ${i}</title><id>${url(`/${name}/entry-${i}`)}</id>
<link href="${url(`/${name}/entry-${i}`)}"/><updated>2025-12-0${i + 1}T10:00:00Z</updated>
<source><title>${name} blog</title><id>${url(`/${name}.xml`)}</id><link rel="self" href="${url(`/${name}.xml`)}"/>
<link rel="alternate" href="${url(`/${name}/`)}"/></source></entry>`,
  )
  .join('\n')}
</feed>`;

async function subscribeMembersOf(
  planetTitle: string,
  names: readonly string[],
  expectTicked: string,
): Promise<void> {
  await page
    .getByRole('treeitem', { name: new RegExp(`^${planetTitle}, `) })
    .click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Subscribe to members…' }).click();
  const dialog = page.getByRole('dialog');
  const ticked = dialog.getByRole('checkbox', { name: new RegExp(expectTicked) });
  await ticked.waitFor({ timeout: 15_000 });
  assert.ok(await ticked.isChecked());
  assert.ok(await ticked.isDisabled());
  for (const name of names) await dialog.getByText(`${name} blog`).waitFor();
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  await dialog.getByText(/feeds? added/).waitFor({ timeout: 15_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
}

describe('planet members', () => {
  before(async () => {
    const memberFeeds = Object.fromEntries(
      [...members, ...sourceMembers].map((name) => [
        `/${name}.xml`,
        serve(fixtureBytes('corpus/feeds/hugo-rss.xml')),
      ]),
    );
    harness = await startHarness([], {
      routes: {
        ...memberFeeds,
        '/planet-a/': html(
          `<html><head><link rel="outline" type="text/x-opml" href="/planet-a/opml.xml"></head></html>`,
        ),
        '/planet-a/opml.xml': xml(membersOpml, 'text/x-opml'),
        '/planet-a/rss20.xml': xml(planetWithOpml, 'application/rss+xml'),
        '/planet-b/': html('<html><head><title>Planet Sources</title></head></html>'),
        '/planet-b/atom.xml': xml(planetWithSources, 'application/atom+xml'),
      },
    });
    await harness.reader.addFeed({ url: url('/alice.xml') });
    await harness.reader.addFeed({ url: url('/planet-a/rss20.xml') });
    await harness.reader.addFeed({ url: url('/planet-b/atom.xml') });
    ({ page } = await harness.newPage());
    await page.getByRole('treeitem', { name: /^Planet Opml, / }).waitFor();
  });
  after(async () => {
    await harness?.close();
  });

  test('from the planet’s OPML: subscribed members ticked, the rest into a folder named after it', async () => {
    await subscribeMembersOf('Planet Opml', members, 'alice blog');
    await until(async () => {
      const feeds = await harness.reader.listFeeds({});
      return ['bob', 'carol'].every((name) =>
        feeds.some((f) => f.url.endsWith(`/${name}.xml`) && f.folder === 'Planet Opml'),
      );
    });
    await page
      .getByRole('treeitem', { name: /^Planet Opml, .*/ })
      .first()
      .waitFor();
  });

  test('from Atom sources only, when the planet has no OPML', async () => {
    await subscribeMembersOf('Planet Sources', sourceMembers, 'alice blog');
    const feeds = await harness.reader.listFeeds({});
    for (const name of ['dave', 'erin']) {
      assert.ok(feeds.some((f) => f.url.endsWith(`/${name}.xml`) && f.folder === 'Planet Sources'));
    }
    assert.equal(feeds.filter((f) => f.url.endsWith('/alice.xml')).length, 1, 'no duplicate');
  });
});
