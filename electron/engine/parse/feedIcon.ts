// The icon a feed document names for itself: Atom <icon> (square, small) before <logo>, RSS
// <image><url>, webfeeds:icon, iTunes image. The first that is an http(s) address wins.
import { resolveUrl } from './urls.ts';
import { attrOf, children, firstText } from './xmlTree.ts';

type Raw = Record<string, unknown>;

/** Channel elements the parser must keep for this (see FEED_FIELDS in xmlFeed.ts). */
export const feedIconFields = ['icon', 'logo', 'image', 'webfeeds:icon', 'itunes:image'];

export function feedIconOf(channel: Raw, base: string | null): string | null {
  const image = children(channel, 'image')[0];
  const candidates = [
    firstText(channel, 'icon', 'webfeeds:icon'),
    image ? firstText(image, 'url') : null,
    firstText(channel, 'logo'),
    attrOf(children(channel, 'itunes:image')[0], 'href'),
  ];
  for (const candidate of candidates) {
    const url = candidate ? resolveUrl(candidate.trim(), base) : null;
    if (url && /^https?:\/\//i.test(url)) return url;
  }
  return null;
}
