// What people paste, as the addresses to try in order: surrounding spaces dropped, feed: and
// feed:// understood, and an address without a scheme tried as https:// and then as http://.
import { normalizeSubscriptionUrl, withoutFeedScheme } from '../subscriptionUrl.ts';

export function addressesToTry(input: string): string[] {
  const text = withoutFeedScheme(input.trim());
  if (text === '') throw new Error('Type or paste the address of a feed or a web site.');
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(\/|$)/.test(text)) {
    return [normalizeSubscriptionUrl(text)];
  }
  const https = normalizeSubscriptionUrl(`https://${text}`);
  return [https, normalizeSubscriptionUrl(`http://${text}`)];
}
