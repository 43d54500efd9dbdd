// Bytes in, a plain frozen feed (or an HTML page for autodiscovery, or a sentence saying why
// not) out. Pure: no I/O, no DTD expansion, no external entities.
import type { ParsedFeed, ParseInput, ParseResult } from './types.ts';
import { decodeText } from '../decode/decodeText.ts';
import { sniffBytesKind, sniffDocument } from './sniff.ts';
import { escapeUnknownEntities, stripDoctype } from './hostileXml.ts';
import { parseXmlFeed } from './xmlFeed.ts';
import { moveStrayItemsIntoChannel } from './strayItems.ts';
import { buildJsonFeed, isJsonFeed } from './jsonFeed.ts';

export async function parseFeed(input: ParseInput): Promise<ParseResult> {
  if (input.bytes.length === 0) return error('The address returned an empty body.');
  const decoded = decodeText(
    input.bytes,
    input.contentType,
    sniffBytesKind(input.bytes, input.contentType),
  );
  const text = decoded.text;
  const sniffed = sniffDocument(text, input.contentType);

  switch (sniffed.kind) {
    case 'empty':
      return error('The address returned an empty body.');
    case 'html':
      return Object.freeze({ kind: 'html', html: text });
    case 'json':
      return parseJson(text, input.url);
    case 'other':
      return error(
        sniffed.root === null
          ? 'This is not a feed: the address returned something that is neither XML, HTML nor JSON.'
          : `This is not a feed: the document is a <${sniffed.root}> document, not RSS, Atom or JSON Feed.`,
      );
    case 'xml':
      return parseXml(text, input.url, sniffed.root);
  }
}

function error(message: string): ParseResult {
  return Object.freeze({ kind: 'error', message });
}

function done(feed: ParsedFeed): ParseResult {
  Object.freeze(feed.entries);
  Object.freeze(feed.warnings);
  return Object.freeze({ kind: 'feed', feed: Object.freeze(feed) });
}

function parseJson(text: string, url: string): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return error('This is not a feed: the address returned JSON that cannot be read.');
  }
  if (!isJsonFeed(doc))
    return error('This is not a feed: the address returned JSON that is not a JSON Feed.');
  return done(buildJsonFeed(doc, url, []));
}

async function parseXml(text: string, url: string, root: string): Promise<ParseResult> {
  const warnings: string[] = [];
  let xml = text;
  const withoutDoctype = stripDoctype(xml);
  if (withoutDoctype !== null) {
    xml = withoutDoctype;
    warnings.push('Removed a DOCTYPE declaration: its entities are never expanded.');
  }
  if (root === 'rss') {
    const moved = moveStrayItemsIntoChannel(xml);
    if (moved !== null) {
      xml = moved;
      warnings.push('Read items that stand outside the <channel> element.');
    }
  }
  try {
    return done(await parseXmlFeed(xml, url, root, warnings));
  } catch (first) {
    // Unknown entities (&nbsp; in hand-written feeds, DTD-declared ones) and bare "&" are the
    // common recoverable faults: make them literal outside CDATA and try once more.
    const escaped = escapeUnknownEntities(xml);
    if (escaped !== xml) {
      try {
        warnings.push('Escaped undefined entity references and stray "&" characters.');
        return done(await parseXmlFeed(escaped, url, root, warnings));
      } catch (second) {
        return error(malformedMessage(second));
      }
    }
    return error(malformedMessage(first));
  }
}

/**
 * A sentence for a person. The XML parser's own messages ("Unexpected close tag", with a line)
 * say what is wrong with the document; anything else (a TypeError inside a library meeting a
 * shape it did not expect) is an internal text that must not reach anyone.
 */
function malformedMessage(cause: unknown): string {
  if (!(cause instanceof Error) || cause.constructor !== Error)
    return 'This is not a feed: the document is XML, but not laid out as RSS, Atom or RDF (no channel or feed where one is required).';
  const message = cause.message;
  const line = /Line:\s*(\d+)/.exec(message);
  const reason = (message.split('\n')[0] ?? '').trim().toLowerCase();
  if (line)
    return `This is not a feed: the XML is malformed at line ${Number(line[1]) + 1} (${reason}).`;
  return `This is not a feed: the XML could not be read (${reason || 'unknown error'}).`;
}
