// A new post's images are recorded as it is stored, in the same transaction (a crash loses both
// or neither), while its HTML is still a string in hand. The image cache's scan read every new
// post back after the refresh, unpacked its HTML and parsed it: a fifth of a 300-feed first
// refresh's main thread, after the last feed was stored. The scan still does what this leaves:
// posts stored while it had a backlog (an older store, posts stored some other way), so its mark
// keeps meaning "every post up to here is done".
import type { Enclosure } from '../../../shared/model.ts';
import { imageUrlsOf } from '../images/imageRefs.ts';
import type { ImageIndex } from './imageIndex.ts';

export function newPostImages(images: ImageIndex) {
  let mark = 0;
  let moved = false;
  return {
    /** At the start of a savePosts transaction. */
    begin(): void {
      mark = images.scannedThrough();
      moved = false;
    },
    stored(entryId: number, html: string | null, enclosures: readonly Enclosure[]): void {
      // Posts between the mark and this one are the scan's, in id order.
      if (entryId > mark + 1) return;
      images.recordPostImages(entryId, imageUrlsOf(html, enclosures));
      if (entryId > mark) {
        mark = entryId;
        moved = true;
      }
    },
    /** At the end of the same transaction. */
    end(): void {
      if (moved) images.setScannedThrough(mark);
    },
  };
}
