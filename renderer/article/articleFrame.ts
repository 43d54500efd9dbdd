// The one article frame, kept for the reader's whole life: its srcdoc document (with the CSP) is
// loaded once, and each opened entry's cleaned HTML replaces the body's content from the parent.
// Building a fresh frame document per entry cost a frame or two on every j.
import type { PreparedArticle } from './articleCache.ts';
import { articleCsp, type ResolvedTheme } from './articleDocument.ts';

/** The frame's own document once its srcdoc is in place: never the initial about:blank, which
 * has no CSP, so nothing is ever written into a document without the policy. */
export function articleDocumentOf(frame: HTMLIFrameElement): Document | null {
  const doc = frame.contentDocument;
  if (!doc || doc.URL !== 'about:srcdoc' || !doc.body) return null;
  const policy = doc.head?.querySelector('meta[http-equiv="Content-Security-Policy"]');
  return policy?.getAttribute('content') === articleCsp ? doc : null;
}

/** Marks on the frame element which entry's content its body holds (tests and the bench read it). */
export const shownEntryAttribute = 'data-entry-id';

/** Puts an article's cleaned HTML in the frame (or empties it while the content loads). */
export function showInFrame(
  frame: HTMLIFrameElement,
  doc: Document,
  article: PreparedArticle | null,
  wasScrolled: boolean,
): void {
  // The HTML was cleaned by DOMPurify for exactly this use (a string for innerHTML); the frame is
  // sandboxed without allow-scripts and its document keeps its CSP, as a second and third wall.
  doc.body.innerHTML = article ? article.cleanHtml : '';
  if (wasScrolled) doc.defaultView?.scrollTo(0, 0);
  if (article) {
    frame.setAttribute(shownEntryAttribute, String(article.entryId));
    frame.removeAttribute('aria-busy');
  } else {
    frame.removeAttribute(shownEntryAttribute);
    frame.setAttribute('aria-busy', 'true');
  }
}

export function setFrameTheme(doc: Document, theme: ResolvedTheme): void {
  if (doc.documentElement.dataset.theme !== theme) doc.documentElement.dataset.theme = theme;
}
