// What a person types or pastes as a subscription address, made into one we can fetch.

/** "planet.linux.org.au" -> "https://planet.linux.org.au/"; feed:// and feed:https:// -> http(s). Throws a sentence otherwise. */
export function normalizeSubscriptionUrl(input: string): string {
  let text = input.trim();
  if (/^feed:\/\//i.test(text)) text = 'http://' + text.slice(7);
  else if (/^feed:/i.test(text)) text = text.slice(5);
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
