// A small RSS feed whose items link to pages on the same loopback server (full-article tests).
export function rssLinkingTo(
  items: readonly { guid: string; title: string; link: string; published?: string }[],
): string {
  const body = items
    .map(
      (item) =>
        `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title>` +
        `<link>${item.link}</link><description>A short summary of ${item.title}.</description>` +
        `<pubDate>${new Date(item.published ?? '2026-11-20T10:00:00Z').toUTCString()}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Summaries only</title><link>http://example.invalid/</link>
<description>A feed that publishes summaries</description>
${body}
</channel></rss>`;
}
