import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorName } from '../../../../electron/engine/parse/authors.ts';
import { plainText } from '../../../../electron/engine/parse/text.ts';

// Planet Venus RSS 2.0 with a Blogger member.
test('RSS author "noreply@blogger.com (Tom Harrow)" gives the name', () => {
  assert.equal(
    authorName({ names: [], mailboxes: ['noreply@blogger.com (Tom Harrow)'] }),
    'Tom Harrow',
  );
});

test('"Name <email>" gives the name', () => {
  assert.equal(
    authorName({ names: [], mailboxes: ['Tom Harrow <tom@example.org>'] }),
    'Tom Harrow',
  );
});

test('a bare email gives its local part only when nothing better exists', () => {
  assert.equal(authorName({ names: [], mailboxes: ['kerrie@example.net'] }), 'kerrie');
  assert.equal(
    authorName({ names: ['Kerrie Walsh'], mailboxes: ['kerrie@example.net'] }),
    'Kerrie Walsh',
  );
});

// WordPress multi-author posts (Co-Authors Plus) write several dc:creator.
test('every dc:creator is kept, joined with ", " and deduplicated', () => {
  assert.equal(
    authorName({ names: ['Mei Lin', ' Rosa  Delgado ', 'mei lin'], mailboxes: [] }),
    'Mei Lin, Rosa Delgado',
  );
});

// Drupal check_plain over an already-escaped title.
test('double-escaped references are decoded once more', () => {
  assert.equal(plainText('Debian &#8220;jessie&#8221;'), 'Debian “jessie”');
  assert.equal(plainText('AT&amp;amp;T'), 'AT&T');
});

test('tags are stripped, whitespace folded, dashes and curly quotes kept', () => {
  assert.equal(plainText('  <b>2015</b> – Day 2\n  “Session” '), '2015 – Day 2 “Session”');
});
