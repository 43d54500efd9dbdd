// A mailto: link from a feed may carry more than a message: some mail clients honour `attach=`
// (a local file sent to the link's author) or arbitrary headers. Only to, cc, bcc, subject and
// body leave the reader (RFC 6068 field names are case-insensitive); the rest are dropped.
const keptFields = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

/**
 * The link as the URL parser reads it (so "mai\tlto:" is seen as mailto), with a mailto link's
 * other fields and fragment removed. Other links come back normalised and otherwise unchanged.
 */
export function withSafeMailtoFields(link: string): string {
  const url = new URL(link);
  if (url.protocol !== 'mailto:') return url.href;
  const query = url.search.slice(1);
  url.hash = '';
  url.search = '';
  const kept = query.split('&').filter((pair) => keptFields.has(fieldName(pair)));
  return kept.length ? `${url.href}?${kept.join('&')}` : url.href;
}

function fieldName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return '';
  }
}
