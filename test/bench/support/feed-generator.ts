// Generates the refresh benchmark's feeds: N member blogs of M items each, shaped like the
// self-hosted WordPress 4.x RSS 2.0 feeds of the Planet Linux Australia members (see
// test/fixtures/corpus/feeds/wordpress-rss2.xml), with 2-4 KB of content per item, distinct
// guids and dates. Deterministic: the same arguments give the same bytes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface GeneratedFeeds {
  readonly dir: string;
  /** Request paths, e.g. "/member-007/feed/", in subscription order. */
  readonly paths: readonly string[];
  /** Total bytes of all feed documents (uncompressed). */
  readonly totalBytes: number;
}

const TOPICS = [
  'Debian',
  'btrfs',
  'Containers',
  'LCA2015',
  'Raspberry Pi',
  'systemd',
  'Linux',
  'Photography',
  'Rust',
  'Home automation',
];

const SENTENCES = [
  'The freeze policy is worth reading twice before filing an unblock request.',
  'A few people at the BoF asked how I keep three packages moving without tripping over the release team.',
  'Unblock requests that explain <em>why</em> a change is needed get answered quickly.',
  'It is easier to get into a container than out of one &#8212; <code>docker exec</code> is your friend.',
  'The device id is the <em>missing</em> device, which <code>btrfs filesystem show</code> lists last.',
  'Video should turn up on the <a href="https://www.youtube.com/user/linuxconfau2015">linux.conf.au channel</a> later in the week.',
  'I&#8217;ve been running this setup on the home server for a year now and it hasn&#8217;t lost a byte.',
  'The slides are on the wiki and the code is on <a href="https://github.com/">GitHub</a> if you want to follow along.',
  'Second, keep the debdiff small: a 2,000 line patch is probably not a freeze fix.',
  'Galera inside Docker works, but decide where the data volume lives before you scale it.',
  'Thanks to everyone who came along on Tuesday &#8220;hallway track&#8221; included.',
  'My notes, in no particular order, are below; corrections welcome in the comments.',
];

function paragraphs(seed: number, targetBytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i += 1) {
    const sentence = SENTENCES[(seed * 7 + i * 5) % SENTENCES.length] ?? '';
    const html =
      i % 6 === 5
        ? `<pre>$ sudo apt-get install package-${seed}-${i}\n$ systemctl status unit-${i}.service</pre>`
        : `<p>${sentence} ${SENTENCES[(seed + i) % SENTENCES.length] ?? ''}</p>`;
    out.push(html);
    size += html.length + 1;
  }
  return out.join('\n');
}

function rfc822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

export function memberFeed(
  member: number,
  itemCount: number,
  origin: string,
  newest: Date,
): string {
  const slug = `member-${String(member).padStart(3, '0')}`;
  const site = `${origin}/${slug}`;
  const author = `Member ${member}`;
  const items: string[] = [];
  for (let i = 0; i < itemCount; i += 1) {
    const postId = member * 10_000 + (itemCount - i);
    // Newer items first, a few hours apart, each member offset so dates interleave.
    const published = new Date(newest.getTime() - (i * 17 + member) * 3_600_000 - member * 61_000);
    const day = published.toISOString().slice(0, 10).replaceAll('-', '/');
    const titleSlug = `post-${postId}-notes-from-the-week`;
    const link = `${site}/${day}/${titleSlug}/`;
    const topicA = TOPICS[(member + i) % TOPICS.length] ?? 'Linux';
    const topicB = TOPICS[(member * 3 + i) % TOPICS.length] ?? 'Debian';
    const contentBytes = 2000 + ((member * 31 + i * 97) % 2000);
    const content = paragraphs(member + i, contentBytes);
    const excerpt = `${SENTENCES[(member + i) % SENTENCES.length] ?? ''} [&#8230;]`;
    items.push(`	<item>
		<title>Post ${postId}: ${topicA} notes from the week</title>
		<link>${link}</link>
		<comments>${link}#comments</comments>
		<pubDate>${rfc822(published)}</pubDate>
		<dc:creator><![CDATA[${author}]]></dc:creator>
				<category><![CDATA[${topicA}]]></category>
		<category><![CDATA[${topicB}]]></category>

		<guid isPermaLink="false">${site}/?p=${postId}</guid>
		<description><![CDATA[${excerpt}]]></description>
				<content:encoded><![CDATA[${content}
]]></content:encoded>
			<wfw:commentRss>${link}feed/</wfw:commentRss>
		<slash:comments>${(member + i) % 7}</slash:comments>
		</item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>${author}</title>
	<atom:link href="${site}/feed/" rel="self" type="application/rss+xml" />
	<link>${site}</link>
	<description>Debian, small computers and the occasional conference</description>
	<lastBuildDate>${rfc822(newest)}</lastBuildDate>
	<language>en-AU</language>
		<sy:updatePeriod>hourly</sy:updatePeriod>
		<sy:updateFrequency>1</sy:updateFrequency>
	<generator>http://wordpress.org/?v=4.1</generator>
${items.join('\n')}
	</channel>
</rss>
`;
}

/**
 * Writes `feedCount` feeds under dir as `member-NNN/feed/index.xml`. The origin is baked into
 * links and guids only, so the files can be generated before the server's port is known.
 */
export async function generateFeeds(
  dir: string,
  feedCount: number,
  itemCount: number,
  origin = 'http://blog.example.org',
): Promise<GeneratedFeeds> {
  const newest = new Date(Date.UTC(2015, 0, 13, 2, 31, 7));
  const paths: string[] = [];
  let totalBytes = 0;
  for (let member = 0; member < feedCount; member += 1) {
    const slug = `member-${String(member).padStart(3, '0')}`;
    const body = memberFeed(member, itemCount, origin, newest);
    await mkdir(join(dir, slug, 'feed'), { recursive: true });
    await writeFile(join(dir, slug, 'feed', 'index.xml'), body);
    paths.push(`/${slug}/feed/`);
    totalBytes += Buffer.byteLength(body);
  }
  return { dir, paths, totalBytes };
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** OPML 2.0 subscription list for Orrery's `import`. */
export function opmlFor(urls: readonly string[]): string {
  const outlines = urls
    .map(
      (url, i) =>
        `    <outline type="rss" text="Member ${i}" title="Member ${i}" xmlUrl="${escapeXml(url)}"/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Refresh benchmark</title></head>
  <body>
${outlines}
  </body>
</opml>
`;
}

/** newsboat's urls file: one URL a line. */
export function newsboatUrlsFor(urls: readonly string[]): string {
  return urls.join('\n') + '\n';
}
