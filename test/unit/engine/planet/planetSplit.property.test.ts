// Issue 11's property: whatever "A: B" titles and hosts a feed has, the planet split never
// leaves an empty title, and a feed whose links stay on its own registrable domain is never
// taken for a planet (its titles come through untouched). A seeded generator keeps it repeatable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planetContext, toIncomingPost } from '../../../../electron/engine/planet/index.ts';
import { entry, feed } from './corpusEntries.ts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Ana',
  'news',
  'Linux',
  'Über',
  'O’Brien',
  'x',
  'Day',
  '2015',
  'J.',
  'review',
  'São',
  '—',
  ':',
  '',
];
const SUFFIXES = [
  'com',
  'org',
  'net',
  'com.au',
  'org.au',
  'co.uk',
  'id.au',
  'blogspot.com',
  'wordpress.com',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function phrase(next: () => number, most: number): string {
  const count = 1 + Math.floor(next() * most);
  return Array.from({ length: count }, () => pick(next, WORDS)).join(' ');
}

function host(next: () => number): string {
  return `${pick(next, ['a', 'bo', 'kerrie', 'www', 'news'])}${Math.floor(next() * 50)}.${pick(next, SUFFIXES)}`;
}

test('the planet split never produces an empty title, whatever the titles and hosts', () => {
  const next = random(11);
  for (let round = 0; round < 300; round++) {
    const entries = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
      entry({
        title: `${phrase(next, 4)}: ${phrase(next, 6)}`,
        link: `https://${host(next)}/post/${Math.floor(next() * 1000)}`,
        author: next() < 0.3 ? phrase(next, 3) : null,
      }),
    );
    const parsed = feed({ siteUrl: `https://${host(next)}/`, entries });
    const context = planetContext(parsed, `${parsed.siteUrl}feed`);
    const ctx = {
      feedId: 1,
      feedUrl: `${parsed.siteUrl}feed`,
      siteUrl: parsed.siteUrl,
      ...context,
    };
    for (const item of entries) {
      const post = toIncomingPost(item, ctx);
      if (item.title.trim() !== '' && !context.memberNames.has(item.title.trim().toLowerCase()))
        assert.notEqual(post.title.trim(), '', `"${item.title}" lost its title`);
    }
  }
});

test('a feed whose links stay on its own registrable domain is never a planet', () => {
  const next = random(7);
  for (let round = 0; round < 300; round++) {
    const site = `${pick(next, ['portal', 'globo', 'daily'])}${round}.${pick(next, SUFFIXES)}`;
    const entries = Array.from({ length: 1 + Math.floor(next() * 10) }, () =>
      entry({
        title: `${phrase(next, 3)}: ${phrase(next, 6)}`,
        link: `https://${pick(next, ['politics', 'weather', 'www', 'sport', 'a.b'])}.${site}/x`,
      }),
    );
    const parsed = feed({ siteUrl: `https://www.${site}/`, entries });
    const context = planetContext(parsed, `https://${site}/rss`);
    assert.equal(context.planet, false, site);
    const ctx = { feedId: 1, feedUrl: `https://${site}/rss`, siteUrl: parsed.siteUrl, ...context };
    for (const item of entries) assert.equal(toIncomingPost(item, ctx).title, item.title);
  }
});
