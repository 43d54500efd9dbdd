// Embedded players (YouTube, Vimeo, PeerTube, any iframe) become Orrery's own link card,
// "▶ Video on youtube.com", built from the frame's src host and title: never a frame, never
// silent removal. The card is plain markup put after the iframe, so the sanitiser cleans it too.

import { embedTarget, isVideo, providerName } from './embedLinks.ts';

/** The card for an iframe, or null when its src is not a web address (it just goes). */
export function embedCard(iframe: Element): HTMLElement | null {
  let src: URL;
  try {
    src = new URL(iframe.getAttribute('src') ?? iframe.getAttribute('data-src') ?? '');
  } catch {
    return null;
  }
  if (src.protocol !== 'https:' && src.protocol !== 'http:') return null;
  const doc = iframe.ownerDocument;
  const card = doc.createElement('a');
  card.setAttribute('href', embedTarget(src));
  card.setAttribute('class', 'orrery-embed');
  card.textContent = `${isVideo(src) ? '▶ Video' : '↗ Embedded page'} on ${providerName(src)}`;
  const title = (iframe.getAttribute('title') ?? '').trim().slice(0, 200);
  if (title) {
    const line = doc.createElement('span');
    line.setAttribute('class', 'orrery-embed-title');
    line.textContent = title;
    card.append(line);
  }
  return card;
}

/** Puts the card after the iframe (the sanitiser's walk reaches it; the iframe itself goes). */
export function replaceEmbed(iframe: Element): void {
  const card = embedCard(iframe);
  if (card) iframe.parentNode?.insertBefore(card, iframe.nextSibling);
}
