// The words of an HTML fragment, for the search index and for list rows (never shown as HTML,
// never trusted). One linear pass with htmlparser2: a regex chain here went quadratic on hostile
// content such as 'a<' repeated (87 s for 400 KB). Script and style say nothing.
import { Parser } from 'htmlparser2';

/** Longest text indexed per post: enough for search, bounded for hostile feeds. */
const MAX_TEXT = 100_000;

/** Tags that end a word as people read them; inline ones ("a<b>b</b>") do not. */
const blockTags = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr img li ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

/**
 * The text of the first `maxHtml` characters of `html`, whitespace collapsed. `separates` says
 * which tags put a space between words.
 */
function textOf(html: string, maxHtml: number, separates: (tag: string) => boolean): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'script' || name === 'style') skipping++;
        if (separates(name)) parts.push(' ');
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && skipping > 0) skipping--;
        if (separates(name)) parts.push(' ');
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html.slice(0, maxHtml));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** For the search index: every tag separates words ("<p>a</p><p>b</p>" is "a b"). */
export function htmlToText(html: string | null): string {
  if (html === null) return '';
  return textOf(html, MAX_TEXT * 4, () => true).slice(0, MAX_TEXT);
}

/** Words as people read them, for a list row: inline tags do not split words. */
export function readableText(html: string | null, maxHtml: number): string {
  if (html === null) return '';
  return textOf(html, maxHtml, (tag) => blockTags.has(tag));
}
