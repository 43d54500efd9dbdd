// Lazy-loaded images as blogs publish them: the real address waits in data-src, data-lazy-src or
// data-srcset (a script would have moved it), or in a <noscript><img></noscript> fallback beside
// a placeholder. Without scripts the reader would see the placeholder or nothing; these hooks make
// the real image the image. They run inside DOMPurify's pass, so what they produce is cleaned too.

const lazySources = ['data-lazy-src', 'data-src', 'data-original'];
const lazySrcsets = ['data-lazy-srcset', 'data-srcset'];

const isWebAddress = (value: string | null): value is string =>
  value !== null && /^\s*https?:\/\//i.test(value);

/** Moves a lazy image's real address into src/srcset (before its attributes are cleaned). */
export function promoteLazyImage(img: Element): void {
  const source = lazySources.map((name) => img.getAttribute(name)).find(isWebAddress);
  if (source) img.setAttribute('src', source.trim());
  const srcset = lazySrcsets.map((name) => img.getAttribute(name)).find((v) => v && v.trim());
  if (srcset) img.setAttribute('srcset', srcset);
}

/**
 * A <noscript> holding images: its images take the place of a placeholder img just before it, or
 * stand on their own. They are put after the noscript, where the sanitiser's walk still reaches
 * them (the noscript itself goes, with whatever else it held).
 */
export function unwrapNoscriptImages(noscript: Element): void {
  const images = [...noscript.querySelectorAll('img')];
  if (images.length === 0) return;
  const before = noscript.previousElementSibling;
  if (before?.tagName === 'IMG') {
    // Already cleaned: a web address means the placeholder became the real image (data-src),
    // and the fallback would show it twice; anything else is a placeholder the fallback replaces.
    if (isWebAddress(before.getAttribute('src'))) return;
    before.remove();
  }
  let after: Node = noscript;
  for (const img of images) {
    noscript.parentNode?.insertBefore(img, after.nextSibling);
    after = img;
  }
}
