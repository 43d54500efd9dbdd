// Hand-rolled RSS 0.91/2.0 sometimes closes <channel> before its items, or has no <channel> at
// all; rss-parser then sees no items (or fails inside). Put the items where RSS says they go.
// Only the document's own structure is rewritten: a "</channel>" quoted inside CDATA before
// the items is never touched because the items must follow the one we move.

const ITEM_TAG = /<item[\s>/]/;
const CHANNEL_OPEN = /<channel[\s>]/;
const CHANNEL_CLOSE = /<\/channel\s*>/g;
const RSS_CLOSE = /<\/rss\s*>\s*$/;

/** The RSS text with stray items moved inside its channel, or null when nothing needs moving. */
export function moveStrayItemsIntoChannel(xml: string): string | null {
  const rssClose = RSS_CLOSE.exec(xml);
  if (rssClose === null) return null;
  if (!CHANNEL_OPEN.test(xml)) {
    // No channel at all: wrap everything inside <rss …> in one.
    const open = /<rss[\s>][^>]*>/.exec(xml);
    if (open === null || !ITEM_TAG.test(xml)) return null;
    const start = open.index + open[0].length;
    return `${xml.slice(0, start)}<channel>${xml.slice(start, rssClose.index)}</channel>${xml.slice(rssClose.index)}`;
  }
  let lastClose: RegExpExecArray | null = null;
  for (const match of xml.matchAll(CHANNEL_CLOSE)) lastClose = match;
  if (lastClose === null) return null;
  const after = lastClose.index + lastClose[0].length;
  if (!ITEM_TAG.test(xml.slice(after, rssClose.index))) return null;
  return `${xml.slice(0, lastClose.index)}${xml.slice(after, rssClose.index)}</channel>${xml.slice(rssClose.index)}`;
}
