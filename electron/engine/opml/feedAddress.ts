// Checks a feed address taken from an untrusted OPML file. Only http(s) is ever subscribed to:
// a file: or javascript: address, or a Liferea "|command" source, must never reach the fetcher.
import { withoutFeedScheme } from '../subscriptionUrl.ts';

/** The API's limit on a feed address. */
const MAX_ADDRESS_LENGTH = 4096;

export type AddressCheck =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

export function checkFeedAddress(raw: string): AddressCheck {
  const address = raw.trim();
  if (address === '') return { ok: false, reason: 'has no feed address (xmlUrl)' };
  if (address.startsWith('|')) {
    // Liferea runs the rest of the line as a shell command and reads its output as a feed.
    return {
      ok: false,
      reason: 'is a command source: Liferea command sources are not supported',
    };
  }
  if (address.length > MAX_ADDRESS_LENGTH) {
    return { ok: false, reason: `has a feed address longer than ${MAX_ADDRESS_LENGTH} characters` };
  }
  let url: URL;
  try {
    url = new URL(withoutFeedScheme(address));
  } catch {
    return { ok: false, reason: `has a feed address that is not a valid URL: ${quoted(address)}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      reason: `has a ${url.protocol} address; only http and https feeds can be followed`,
    };
  }
  if (url.hostname === '') {
    return { ok: false, reason: `has a feed address without a host: ${quoted(address)}` };
  }
  return { ok: true, url: url.href };
}

/** A web page address (htmlUrl): kept only when it is http(s). */
export function checkSiteAddress(raw: string | null): string | null {
  if (raw == null) return null;
  const address = raw.trim();
  if (address === '' || address.length > MAX_ADDRESS_LENGTH) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The key under which http/https and trailing-slash variants of one feed are the same
 * subscription: users export these side by side after a site moved to https.
 */
export function sameFeedKey(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** An address echoed into a message: shortened, controls removed. */
function quoted(address: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const visible = address.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  return `"${visible.length > 120 ? `${visible.slice(0, 117)}...` : visible}"`;
}
