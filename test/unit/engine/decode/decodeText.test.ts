import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../../../electron/engine/decode/decodeText.ts';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

// Newsboat garbles this: an Apache-served feed whose only charset is in the HTTP header.
test('ISO-8859-1 given only in the HTTP header is obeyed', () => {
  const bytes = latin1(
    '<?xml version="1.0"?><rss><channel><title>Caf\xe9 M\xfcller</title></channel></rss>',
  );
  const { text, charset } = decodeText(bytes, 'application/rss+xml; charset=ISO-8859-1', 'xml');
  assert.match(text, /Café Müller/);
  assert.equal(charset, 'windows-1252'); // WHATWG reads ISO-8859-1 as its superset windows-1252
});

// Older WordPress/MovableType installs on Windows hosts: curly quotes as raw 0x93/0x94.
test('windows-1252 declared in the XML declaration decodes 0x93/0x94 curly quotes', () => {
  const bytes = latin1(
    '<?xml version="1.0" encoding="windows-1252"?><rss><title>\x93Hi\x94 \x96 there</title></rss>',
  );
  const { text, charset } = decodeText(bytes, 'text/xml', 'xml');
  assert.match(text, /\u201cHi\u201d \u2013 there/);
  assert.equal(charset, 'windows-1252');
  // The declaration left in the text no longer contradicts the decoding.
  assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>/);
});

// .NET exporters (e.g. SharePoint RSS) write UTF-16 with a BOM.
test('UTF-16LE byte order mark wins over the header and is stripped', () => {
  const body = '<?xml version="1.0" encoding="utf-16"?><rss><title>Ω</title></rss>';
  const utf16 = new Uint8Array(Buffer.from(body, 'utf16le'));
  const { text, charset } = decodeText(
    concat(new Uint8Array([0xff, 0xfe]), utf16),
    'text/xml; charset=utf-8',
    'xml',
  );
  assert.equal(charset, 'utf-16le');
  assert.ok(text.startsWith('<?xml'));
  assert.match(text, /<title>Ω<\/title>/);
});

test('UTF-16BE byte order mark is honoured', () => {
  const le = Buffer.from('<rss>é</rss>', 'utf16le');
  const be = Buffer.from(le).swap16();
  const { text, charset } = decodeText(
    concat(new Uint8Array([0xfe, 0xff]), new Uint8Array(be)),
    null,
    'xml',
  );
  assert.equal(charset, 'utf-16be');
  assert.equal(text, '<rss>é</rss>');
});

test('UTF-8 byte order mark is stripped', () => {
  const { text, charset } = decodeText(
    concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode('{"a":1}')),
    'application/json',
    'json',
  );
  assert.equal(charset, 'utf-8');
  assert.equal(text, '{"a":1}');
});

// Truncated multi-byte sequences from feeds glued together by string-slicing plugins.
test('invalid UTF-8 bytes become U+FFFD instead of losing the feed', () => {
  const bytes = concat(
    latin1('<rss><title>ok '),
    new Uint8Array([0xc3, 0x28, 0xff]),
    latin1(' still</title></rss>'),
  );
  const { text, charset } = decodeText(bytes, 'application/rss+xml; charset=utf-8', 'xml');
  assert.equal(charset, 'utf-8');
  assert.match(text, /ok \uFFFD\(\uFFFD still/);
});

test('the HTTP charset takes precedence over the XML declaration', () => {
  const bytes = latin1('<?xml version="1.0" encoding="utf-8"?><rss><title>\xe9t\xe9</title></rss>');
  const { text, charset } = decodeText(bytes, 'text/xml; charset="iso-8859-15"', 'xml');
  assert.equal(charset, 'iso-8859-15');
  assert.match(text, /été/);
});

// Apache's AddDefaultCharset ISO-8859-1 on a UTF-8 WordPress feed: the document is right.
test('a latin-1 default header does not garble a valid UTF-8 document that declares UTF-8', () => {
  const bytes = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8"?><rss><title>“Kilo” – Nova</title></rss>',
  );
  const { text, charset } = decodeText(bytes, 'text/xml; charset=ISO-8859-1', 'xml');
  assert.equal(charset, 'utf-8');
  assert.match(text, /“Kilo” – Nova/);
});

test('an unknown label falls back to UTF-8', () => {
  const bytes = new TextEncoder().encode(
    '<?xml version="1.0" encoding="klingon-8"?><rss><title>naïve</title></rss>',
  );
  const { text, charset } = decodeText(bytes, 'text/xml; charset=x-bogus', 'xml');
  assert.equal(charset, 'utf-8');
  assert.match(text, /naïve/);
});

test('an unknown header label falls through to the document declaration', () => {
  const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>\xe9</title></rss>');
  assert.match(decodeText(bytes, 'text/xml; charset=bogus', 'xml').text, /<title>é<\/title>/);
});

test('HTML <meta charset> in the first 1024 bytes is used', () => {
  const bytes = latin1(
    '<!doctype html><html><head><meta charset="windows-1252"><title>\x93x\x94</title>',
  );
  const { text, charset } = decodeText(bytes, 'text/html', 'html');
  assert.equal(charset, 'windows-1252');
  assert.match(text, /“x”/);
});

test('HTML <meta http-equiv=Content-Type> is used', () => {
  const bytes = latin1(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>\xe9</title>',
  );
  assert.match(decodeText(bytes, null, 'html').text, /<title>é</);
});

test('a UTF-16 label on bytes that are plainly 8-bit is read as UTF-8', () => {
  const bytes = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-16"?><rss><title>é</title></rss>',
  );
  const { text, charset } = decodeText(bytes, null, 'xml');
  assert.equal(charset, 'utf-8');
  assert.match(text, /<title>é<\/title>/);
});

test('no evidence at all means UTF-8', () => {
  const { text, charset } = decodeText(new TextEncoder().encode('<rss>€</rss>'), null, 'xml');
  assert.equal(charset, 'utf-8');
  assert.equal(text, '<rss>€</rss>');
});
