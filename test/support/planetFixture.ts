// A small planet on loopback for the members tests: two member blogs with their own feeds, a
// planet that republishes their posts (same guids, "Author: Title"), and either an OPML member
// list the planet's page links to, or only Atom <source> elements naming each member's feed.
import { serve, type TestServer } from './server.ts';

interface Member {
  readonly slug: string;
  readonly name: string;
  readonly posts: readonly { id: string; title: string }[];
}

export const planetMembersFixture: readonly Member[] = [
  {
    slug: 'alice',
    name: 'Alice Example',
    posts: [
      { id: 'a1', title: 'Porting the scheduler' },
      { id: 'a2', title: 'Notes from the conference' },
    ],
  },
  { slug: 'bob', name: 'Bob Sample', posts: [{ id: 'b1', title: 'A new keyboard' }] },
];

const date = (i: number) => new Date(Date.UTC(2026, 10, 20 + i)).toUTCString();

function memberRss(server: TestServer, member: Member): string {
  const items = member.posts
    .map(
      (post, i) => `<item><title>${post.title}</title>
        <link>${server.url(`/${member.slug}/${post.id}.html`)}</link>
        <guid>${server.url(`/${member.slug}/${post.id}.html`)}</guid>
        <pubDate>${date(i)}</pubDate><description>${post.title} in full.</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${member.name}</title>
    <link>${server.url(`/${member.slug}/`)}</link>${items}</channel></rss>`;
}

function planetRss(server: TestServer): string {
  const items = planetMembersFixture
    .flatMap((member) =>
      member.posts.map(
        (post, i) => `<item><title>${member.name}: ${post.title}</title>
          <link>${server.url(`/${member.slug}/${post.id}.html`)}</link>
          <guid>${server.url(`/${member.slug}/${post.id}.html`)}</guid>
          <pubDate>${date(i)}</pubDate><description>${post.title} (planet copy)</description></item>`,
      ),
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Planet Loopback</title>
    <link>${server.url('/planet/')}</link><generator>Planet Venus</generator>${items}</channel></rss>`;
}

function planetOpml(server: TestServer): string {
  const outlines = planetMembersFixture
    .map(
      (m) =>
        `<outline type="rss" text="${m.name}" xmlUrl="${server.url(`/${m.slug}/feed`)}" htmlUrl="${server.url(`/${m.slug}/`)}"/>`,
    )
    .join('');
  return `<?xml version="1.0"?><opml version="1.1"><head><title>Planet Loopback</title></head><body>${outlines}</body></opml>`;
}

function atomSourcesPlanet(server: TestServer): string {
  const entries = planetMembersFixture
    .flatMap((member) =>
      member.posts.map(
        (
          post,
        ) => `<entry><title>${post.title}</title><id>${server.url(`/${member.slug}/${post.id}.html`)}</id>
          <link href="${server.url(`/${member.slug}/${post.id}.html`)}"/><updated>2026-11-20T00:00:00Z</updated>
          <author><name>${member.name}</name></author>
          <source><title>${member.name}</title><id>${server.url(`/${member.slug}/feed`)}</id>
            <link rel="self" href="${server.url(`/${member.slug}/feed`)}"/>
            <link rel="alternate" href="${server.url(`/${member.slug}/`)}"/></source></entry>`,
      ),
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Atom Planet</title><id>urn:atom-planet</id><updated>2026-11-20T00:00:00Z</updated>
    <link rel="alternate" href="${server.url('/atomplanet/')}"/>${entries}</feed>`;
}

const html = (body: string) =>
  serve(`<!doctype html><html><head><title>Planet</title></head><body>${body}</body></html>`, {
    'content-type': 'text/html; charset=utf-8',
  });

/** Routes: /planet/ (page linking opml.xml), /planet/rss20.xml, /planet/opml.xml,
 * /atomplanet/ (no OPML), /atomplanet/atom.xml, and /SLUG/feed for each member. */
export function servePlanet(server: TestServer): void {
  for (const member of planetMembersFixture) {
    server.route(`/${member.slug}/feed`, serve(memberRss(server, member)));
  }
  server.route('/planet/', html('<a href="opml.xml">Subscriptions (OPML)</a>'));
  server.route('/planet/rss20.xml', serve(planetRss(server)));
  server.route('/planet/opml.xml', serve(planetOpml(server)));
  server.route('/atomplanet/', html('<p>No member list here.</p>'));
  server.route('/atomplanet/atom.xml', serve(atomSourcesPlanet(server)));
}
