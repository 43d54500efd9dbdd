// Parsing on this thread, loaded only when it is needed: a refresh parses on the worker, so the
// main thread need not hold the parser's code (rss-parser, xml2js and our parse modules) at all.
import type { ParseInput, ParseResult } from '../parse/types.ts';

export async function parseInThread(input: ParseInput): Promise<ParseResult> {
  const { parseFeed } = await import('../parse/parseFeed.ts');
  return parseFeed(input);
}
