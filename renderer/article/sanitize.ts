// Stored article HTML is hostile until cleaned. DOMPurify with the HTML profile only (no SVG or
// MathML, whose namespaces hide scripts), no forms, frames, plugins, base or meta, no styles that
// fetch; every link opens outside the reader.
import DOMPurify from 'dompurify';
import type { EntryDetail } from '../../shared/model.ts';
import type { PreparedArticle } from './articleCache.ts';
import { cacheImageBase, rewriteImagesToCache } from './cachedImages.ts';
import { enclosuresHtml } from './enclosures.ts';
import { addQuirkHooks } from './quirkHooks.ts';
import { allowedStyle } from './styleAllowList.ts';

const purify = DOMPurify(window);
addQuirkHooks(purify);
// After the quirk hooks (a lazy image's real src is in place), every <img> goes to the cache.
rewriteImagesToCache(purify, () => cacheImageBase(window.location));

const forbiddenTags = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'object',
  'embed',
  'applet',
  'iframe',
  'frame',
  'frameset',
  'portal',
  'noscript',
  'template',
  'svg',
  'math',
];
const forbiddenAttributes = ['srcdoc', 'formaction', 'action', 'ping', 'background', 'poster'];

/** srcset is a list of candidates DOMPurify does not check one by one: keep only http(s) images. */
export function cleanSrcset(value: string): string {
  return value
    .split(',')
    .map((candidate) => candidate.trim())
    .filter((candidate) => /^https?:\/\//i.test(candidate))
    .join(', ');
}

purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName === 'style') data.attrValue = allowedStyle(data.attrValue, document);
  if (data.attrName === 'srcset') {
    data.attrValue = cleanSrcset(data.attrValue);
    if (!data.attrValue) data.keepAttr = false;
  }
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.tagName === 'IMG') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
});

export function sanitizeArticle(html: string): string {
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
    ALLOW_DATA_ATTR: false,
    // DOMPurify tests every attribute not known to be URI-safe against this: numbers (width,
    // height, colspan) must pass, or images lose the size that keeps their layout from jumping.
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/(?:png|gif|jpe?g|webp);|#|\d[^:]*$)/i,
    RETURN_TRUSTED_TYPE: false,
  });
}

/** A plain-text summary as HTML, for entries without content. */
export function textAsHtml(text: string): string {
  const escaped = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return escaped
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
}

/** An entry's content, cleaned once, ready for the article frame's body. */
export function prepareArticle(detail: EntryDetail): PreparedArticle {
  const body = detail.contentHtml ?? (detail.summary ? textAsHtml(detail.summary) : '');
  const html = body + enclosuresHtml(detail.enclosures, body);
  return { entryId: detail.id, cleanHtml: sanitizeArticle(html) };
}
