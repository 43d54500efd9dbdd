// Article HTML as blogs write it, fixed inside the sanitiser's one pass (sanitize.ts registers
// these with a line): lazy images become real, <noscript> image fallbacks are kept, embedded
// players become link cards. Every node these hooks add is put where DOMPurify still visits it.
import type { DOMPurify } from 'dompurify';
import { replaceEmbed } from './embedCards.ts';
import { promoteLazyImage, unwrapNoscriptImages } from './lazyImages.ts';

export function addQuirkHooks(purify: DOMPurify): void {
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (!(node instanceof Element)) return;
    if (data.tagName === 'noscript') unwrapNoscriptImages(node);
    if (data.tagName === 'iframe') replaceEmbed(node);
  });
  purify.addHook('beforeSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG') promoteLazyImage(node);
  });
}
