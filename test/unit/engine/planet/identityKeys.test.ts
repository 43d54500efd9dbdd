import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identityKeys, isGlobalGuid } from '../../../../electron/engine/planet/identityKeys.ts';
import {
  clintonOnDrupal,
  clintonOnVenusRss,
  drupalCtx,
  entry,
  kerrieCtx,
  kerrieOnBlog,
  kerrieOnDrupal,
  kerrieOnVenusRss,
  tomCtx,
  tomOnBlogger,
  tomOnDrupal,
  tomOnVenusRss,
  venusCtx,
} from './corpusEntries.ts';

const shareAKey = (a: string[], b: string[]): boolean => a.some((key) => b.includes(key));

test('a global guid comes first, then the canonical links', () => {
  assert.deepEqual(identityKeys(kerrieOnBlog, kerrieCtx), [
    'guid:http://kerriewalsh.example.net/?p=1187',
    'link:https://kerriewalsh.example.net/2015/01/13/surviving-the-jessie-freeze',
    'link:https://kerriewalsh.example.net/?p=1187',
  ]);
});

test('Kerrie Walsh on WordPress, Venus and Drupal (utm_* link, no guid) shares keys', () => {
  const blog = identityKeys(kerrieOnBlog, kerrieCtx);
  assert.ok(shareAKey(blog, identityKeys(kerrieOnVenusRss, venusCtx)));
  assert.ok(shareAKey(blog, identityKeys(kerrieOnDrupal, drupalCtx)));
});

test("Tom Harrow: FeedBurner's origLink gives the real address as a key, and the feedproxy link matches Drupal", () => {
  const blog = identityKeys(tomOnBlogger, tomCtx);
  assert.ok(
    blog.includes(
      'link:https://tomharrow-robots.blogspot.com/2015/01/rover-3-ros-port-begins.html',
    ),
  );
  assert.ok(shareAKey(blog, identityKeys(tomOnDrupal, drupalCtx)));
  assert.ok(shareAKey(blog, identityKeys(tomOnVenusRss, venusCtx)));
});

test('the three "Clinton Roy: clintonroy" posts in the same minute have no key in common', () => {
  const [a, b, c] = clintonOnDrupal.map((post) => identityKeys(post, drupalCtx)) as [
    string[],
    string[],
    string[],
  ];
  assert.equal(shareAKey(a, b), false);
  assert.equal(shareAKey(b, c), false);
  assert.equal(shareAKey(a, c), false);
});

test('never a key from the title alone: same title, same minute, no link or guid, different text', () => {
  const one = entry({ title: 'clintonroy', published: '2015-01-11T11:28:00.000Z', summary: 'one' });
  const two = entry({ title: 'clintonroy', published: '2015-01-11T11:28:00.000Z', summary: 'two' });
  assert.equal(shareAKey(identityKeys(one, drupalCtx), identityKeys(two, drupalCtx)), false);
});

test('an http:// guid matches the https:// link of the same post (Venus "Clinton Roy")', () => {
  const venus = identityKeys(clintonOnVenusRss, venusCtx);
  assert.ok(venus.includes('guid:http://clintonroy.wordpress.com/?p=4237'));
  assert.ok(shareAKey(venus, identityKeys(clintonOnDrupal[0]!, drupalCtx)));
  // The member blog's own feed may say https:// in its guid.
  const blog = identityKeys(entry({ guid: 'https://clintonroy.wordpress.com/?p=4237' }), {
    feedId: 9,
    feedUrl: 'https://clintonroy.wordpress.com/feed/',
    siteUrl: 'https://clintonroy.wordpress.com',
  });
  assert.ok(shareAKey(venus, blog));
});

test('a bare-number or short guid is feed-local: keyed with the feed id', () => {
  const keys = identityKeys(entry({ guid: '1187' }), kerrieCtx);
  assert.deepEqual(keys, ['feedguid:1:1187']);
  assert.notDeepEqual(keys, identityKeys(entry({ guid: '1187' }), venusCtx));
  assert.deepEqual(identityKeys(entry({ guid: 'post-3' }), kerrieCtx), ['feedguid:1:post-3']);
});

test('which guids are global', () => {
  assert.equal(
    isGlobalGuid('tag:blogger.com,1999:blog-4718236409152203391.post-6203918475620391847'),
    true,
  );
  assert.equal(isGlobalGuid('https://medium.com/p/1a2b3c4d5e6f'), true);
  assert.equal(isGlobalGuid('urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a'), true);
  assert.equal(isGlobalGuid('65a1b2c3d4e5f60718293a4b'), true); // Ghost's 24-hex post id
  assert.equal(isGlobalGuid('12345678901234567890'), false);
  assert.equal(isGlobalGuid('p=12'), false);
  assert.equal(isGlobalGuid('item:12'), false);
});

test("a link to the feed's own home page is not a key (feeds that link every item there)", () => {
  const keys = identityKeys(
    entry({ guid: 'a1', link: 'http://kerriewalsh.example.net/' }),
    kerrieCtx,
  );
  assert.deepEqual(keys, ['feedguid:1:a1']);
});

test('with no guid and no link, a content hash keyed by feed, stable across refreshes', () => {
  const post = entry({ title: 'A note', contentHtml: '<p>hello</p>' });
  const keys = identityKeys(post, kerrieCtx);
  assert.equal(keys.length, 1);
  assert.match(keys[0]!, /^hash:[0-9a-f]{32}$/);
  assert.deepEqual(identityKeys({ ...post }, kerrieCtx), keys);
  assert.notDeepEqual(identityKeys(post, venusCtx), keys);
});
