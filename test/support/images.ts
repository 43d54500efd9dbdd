// Real, small PNG files for tests (a solid colour), and a feed whose posts show them.
import { encodePng } from '../../scripts/png.ts';

/** A width × height PNG of one colour (RGB). */
export function pngBytes(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())]);
  const rows = Buffer.concat(Array(height).fill(row));
  return encodePng({ width, height, bitDepth: 8, colour: 'rgb', rows });
}

export interface PostWithImages {
  readonly guid: string;
  readonly title: string;
  readonly html: string;
  readonly enclosure?: { url: string; type: string };
}

/** An RSS 2.0 feed of the given posts (content:encoded HTML). */
export function rssWithImages(
  origin: string,
  posts: readonly PostWithImages[],
  extra = '',
): string {
  const items = posts
    .map(
      (post, index) => `<item><title>${post.title}</title><guid>${post.guid}</guid>
<link>${origin}/posts/${encodeURIComponent(post.guid)}</link>
<pubDate>${new Date(Date.UTC(2026, 10, 20 - index)).toUTCString()}</pubDate>
<content:encoded><![CDATA[${post.html}]]></content:encoded>
${post.enclosure ? `<enclosure url="${post.enclosure.url}" type="${post.enclosure.type}" length="100"/>` : ''}
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Pictures</title><link>${origin}/</link><description>test</description>${extra}
${items}
</channel></rss>`;
}
