// Article images only through Orrery: every <img> in cleaned HTML is pointed at the cache route
// (<app origin>/cache/image?u=…, the preview's token added), which serves the engine's copy and
// fetches a miss when the setting allows. Tracking pixels lose their address; <picture> sources
// give way to their <img>. The frame's CSP allows images from nowhere else (articleDocument.ts).
import type { DOMPurify } from 'dompurify';
import { chosenImageUrl, isTrackingPixel } from '../../shared/imageChoice.ts';
import { tokenQueryPart } from '../api/previewToken.ts';

type PageLocation = { origin: string; pathname: string };

/** Where the cache route is, from the page's own address (orrery://app or the preview). */
export function cacheImageBase(location: PageLocation): string {
  return `${location.origin}/cache/image?${tokenQueryPart(location)}u=`;
}

/** A feed's icon at the cache route (a 404 when it has none). */
export function cacheIconUrl(feedId: number, location: PageLocation): string {
  return `${location.origin}/cache/icon?${tokenQueryPart(location)}feed=${feedId}`;
}

/** A web site's own icon at the cache route, by origin (a 404 when there is none). */
export function cacheSiteIconUrl(site: string, location: PageLocation) {
  return `${location.origin}/cache/icon?${tokenQueryPart(location)}site=${encodeURIComponent(site)}`;
}

export function cachedImageUrl(address: string, base: string): string {
  return base + encodeURIComponent(address);
}

/** Marks a cached image the person asked for ("Load images"), fetched even when the setting is
 * "never". Returns how many images it changed. */
export function loadImagesIn(doc: Document, base: string): number {
  let changed = 0;
  for (const image of doc.querySelectorAll('img')) {
    const src = image.getAttribute('src') ?? '';
    if (src.startsWith(base) && !src.endsWith('&load=1')) {
      image.setAttribute('src', `${src}&load=1`);
      changed++;
    }
  }
  return changed;
}

/** Registers the rewrite on a DOMPurify instance (sanitize.ts). */
export function rewriteImagesToCache(purify: DOMPurify, base: () => string): void {
  // Chosen before DOMPurify drops data-* attributes (lazy loaders); applied after it has checked
  // the URLs it keeps, since the cache address is ours.
  const chosen = new WeakMap<Element, string | null>();
  const pictureSource = new WeakMap<Element, string>();
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (!(node instanceof Element)) return;
    const attr = (name: string): string | null => node.getAttribute(name);
    if (data.tagName === 'source' && node.parentElement?.tagName === 'PICTURE') {
      const url = chosenImageUrl(attr);
      if (url && !pictureSource.has(node.parentElement)) pictureSource.set(node.parentElement, url);
    } else if (data.tagName === 'img') {
      const parent = node.parentElement;
      const url =
        chosenImageUrl(attr) ?? (parent?.tagName === 'PICTURE' ? pictureSource.get(parent) : null);
      chosen.set(node, url && !isTrackingPixel(url, attr) ? url : null);
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'SOURCE') {
      node.removeAttribute('srcset');
      node.removeAttribute('src');
    } else if (node.tagName === 'IMG' && chosen.has(node)) {
      const url = chosen.get(node);
      node.removeAttribute('srcset');
      if (url) node.setAttribute('src', cachedImageUrl(url, base()));
      else if (!/^data:/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
    }
  });
}
