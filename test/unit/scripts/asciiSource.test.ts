// The CLI bundle's code is ASCII (scripts/asciiSource.ts), with the same meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiSource } from '../../../scripts/asciiSource.ts';

test('strings, templates, regular expressions and comments keep their meaning in ASCII', () => {
  const code = [
    '// a comment – with a dash',
    "const quote = '’';",
    'const template = `«${quote}»`;',
    "const dash = 'a – b'.split(/\\s+[–—|-]\\s+/);",
    "const word = /^[\\p{L}'’-]*$/u.test('it’s');",
    "const face = '😀'.length;",
    "const faceRe = /😀/u.test('😀');",
    'return [quote, template, dash, word, face, faceRe];',
  ].join('\n');
  const ascii = asciiSource(code);
  assert.equal(/[^\t-~]/.exec(ascii), null);
  const run = (source: string) => new Function(source)() as unknown;
  assert.deepEqual(run(ascii), run(code));
  assert.deepEqual(run(ascii), ['’', '«’»', ['a', 'b'], true, 2, true]);
});

test('an escaped non-ASCII character is refused, not changed', () => {
  assert.throws(() => asciiSource('/\\»/'), /escaped non-ASCII/);
});
