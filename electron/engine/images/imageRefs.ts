// The images a post shows: <img> (lazy attributes, srcset's best candidate), <picture>, image
// enclosures and media thumbnails. One linear htmlparser2 pass; tracking pixels are left out, so
// they are never fetched. Addresses are normalised exactly as the renderer names them.
import { Parser } from 'htmlparser2';
import { chosenImageUrl, httpUrl, isTrackingPixel } from '../../../shared/imageChoice.ts';
import type { Enclosure } from '../../../shared/model.ts';

/** Enough for any real post; a hostile one cannot make the cache fetch thousands. */
export const maxImagesPerPost = 40;
const maxHtmlScanned = 2_000_000;

export function imageUrlsOf(html: string | null, enclosures: readonly Enclosure[] = []): string[] {
  const found = new Set<string>();
  const add = (url: string | null): void => {
    if (url && found.size < maxImagesPerPost && !isTrackingPixel(url)) found.add(url);
  };
  // Only an <img> names an image (a <picture>'s <source> counts through its <img>): a post
  // without one (a text-only feed's) is not parsed at all.
  if (html && /<img/i.test(html)) {
    // A <picture>'s <source> counts only when its <img> names nothing.
    let pictureSource: string | null = null;
    let inPicture = false;
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          const attr = (key: string): string | undefined => attributes[key];
          if (name === 'picture') {
            inPicture = true;
            pictureSource = null;
          } else if (name === 'source' && inPicture) {
            pictureSource ??= chosenImageUrl(attr);
          } else if (name === 'img') {
            const url = chosenImageUrl(attr) ?? (inPicture ? pictureSource : null);
            if (url && !isTrackingPixel(url, attr)) add(url);
          }
        },
        onclosetag(name) {
          if (name === 'picture') inPicture = false;
        },
      },
      { decodeEntities: true, lowerCaseAttributeNames: true },
    );
    parser.end(html.slice(0, maxHtmlScanned));
  }
  for (const enclosure of enclosures) {
    if (isImageEnclosure(enclosure)) add(httpUrl(enclosure.url));
  }
  return [...found];
}

function isImageEnclosure(enclosure: Enclosure): boolean {
  if (enclosure.type) return /^image\//i.test(enclosure.type);
  return /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(enclosure.url);
}
