// A post's web page -> its article, with Mozilla's Readability over a linkedom DOM. Runs in the
// parse worker (poll/parseWorker.ts): a hostile page costs that thread, bounded by the pool's
// time and heap limits and by the limits here, never the app's main thread.
import type * as ReadabilityModule from '@mozilla/readability';
import type { Readability } from '@mozilla/readability';
import type * as LinkedomModule from 'linkedom';
import { decodeText } from '../decode/decodeText.ts';
import { absolutizeHtml } from '../parse/urls.ts';

export interface ArticleInput {
  /** The page's address after redirects: the base for its relative links. */
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
}

export type ArticleResult =
  | {
      readonly kind: 'article';
      /** Untrusted HTML, links absolute; the renderer sanitises it like feed content. */
      readonly html: string;
      readonly title: string | null;
      readonly byline: string | null;
      readonly textLength: number;
    }
  | { readonly kind: 'no-article'; readonly message: string };

/** Pages larger than this are not parsed (a page's article is rarely a megabyte of HTML). */
export const maxArticlePageBytes = 5 * 1024 * 1024;
/** Readability gives up on pages with more elements than this instead of working for minutes. */
const maxElements = 60_000;
/** Less text than this is a teaser, a login wall or an app shell, not an article. */
const minArticleChars = 200;
const maxTitleChars = 1000;

const noArticle = (message: string): ArticleResult => ({ kind: 'no-article', message });

/** Loaded on the first page only: a worker that only ever parses feeds never pays for them. */
let libraries: Promise<[typeof LinkedomModule, typeof ReadabilityModule]> | null = null;
function loadLibraries() {
  libraries ??= Promise.all([import('linkedom'), import('@mozilla/readability')]);
  return libraries;
}

export async function extractArticle(input: ArticleInput): Promise<ArticleResult> {
  if (input.bytes.length > maxArticlePageBytes) {
    return noArticle('The page is too large for Orrery to look for an article in it.');
  }
  const type = (input.contentType ?? '').toLowerCase();
  if (type && !type.includes('html') && !type.includes('xml')) {
    return noArticle(
      'The post links to something that is not a web page, so there is no article to show.',
    );
  }
  const [{ parseHTML }, { Readability }] = await loadLibraries();
  const { text } = decodeText(input.bytes, input.contentType, 'html');
  let parsed: ReturnType<Readability['parse']>;
  try {
    const { document } = parseHTML(text);
    parsed = new Readability(document as unknown as Document, {
      maxElemsToParse: maxElements,
      // The page's own scripts' data (JSON-LD) is trusted for nothing.
      disableJSONLD: true,
    }).parse();
  } catch {
    return noArticle(
      'Orrery could not find an article on this page (it is too large or too unusual).',
    );
  }
  const textLength = (parsed?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (!parsed?.content || textLength < minArticleChars) {
    return noArticle('Orrery found no article on this page; the feed’s version is all there is.');
  }
  return {
    kind: 'article',
    html: absolutizeHtml(parsed.content, input.url),
    title: clip(parsed.title),
    byline: clip(parsed.byline),
    textLength,
  };
}

function clip(value: string | null | undefined): string | null {
  const folded = (value ?? '').replace(/\s+/g, ' ').trim();
  return folded ? folded.slice(0, maxTitleChars) : null;
}
