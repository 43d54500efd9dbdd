// Real, small PNG files for tests (a solid colour), and a feed whose posts show them.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A width × height PNG of one colour (RGB). */
export function pngBytes(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())]);
  const pixels = Buffer.concat(Array(height).fill(row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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
