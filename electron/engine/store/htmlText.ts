// The words of an HTML fragment, for the search index only (never shown, never trusted).
// One linear pass with htmlparser2: a regex chain here went quadratic on hostile content such as
// 'a<' repeated (87 s for 400 KB). Every tag separates words ("<p>a</p><p>b</p>" is "a b").
import { Parser } from 'htmlparser2';

/** Longest text indexed per post: enough for search, bounded for hostile feeds. */
const MAX_TEXT = 100_000;

export function htmlToText(html: string | null): string {
  if (html === null) return '';
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'script' || name === 'style') skipping++;
        parts.push(' ');
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && skipping > 0) skipping--;
        parts.push(' ');
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html.slice(0, MAX_TEXT * 4));
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}
