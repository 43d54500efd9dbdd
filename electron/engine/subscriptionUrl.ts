// What a person types or pastes as a subscription address, made into one we can fetch.

/** "planet.linux.org.au" -> "https://planet.linux.org.au/"; feed:// and feed:https:// -> http(s). Throws a sentence otherwise. */
export function normalizeSubscriptionUrl(input: string): string {
  let text = withoutFeedScheme(input.trim());
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = 'https://' + text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${input.trim()}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Only http and https addresses can be subscribed to, not ${url.protocol}`);
  }
  if (url.username || url.password) url.username = url.password = '';
  url.hash = '';
  return url.href;
}

/** Old readers wrote feed://host/path and feed:https://host/path (the feed: URI scheme). */
export function withoutFeedScheme(address: string): string {
  if (/^feed:https?:/i.test(address)) return address.slice('feed:'.length);
  if (/^feed:\/\//i.test(address)) return `http://${address.slice('feed://'.length)}`;
  return address;
}
