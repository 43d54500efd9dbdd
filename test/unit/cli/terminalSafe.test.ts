import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terminalSafe } from '../../../electron/cli/terminalSafe.ts';

test('escape sequences are shown, not obeyed: title, clear screen, OSC 8 links, OSC 52 clipboard', () => {
  assert.equal(terminalSafe('\u001b]0;pwned\u0007Title'), '␛]0;pwned␇Title');
  assert.equal(terminalSafe('\u001b[2J\u001b[H'), '␛[2J␛[H');
  assert.equal(
    terminalSafe('\u001b]8;;https://evil.example/\u001b\\safe\u001b]8;;\u001b\\'),
    '␛]8;;https://evil.example/␛\\safe␛]8;;␛\\',
  );
  assert.equal(terminalSafe('\u001b]52;c;cm0gLXJmIH4=\u0007'), '␛]52;c;cm0gLXJmIH4=␇');
});

test('C1 controls (single-byte CSI and OSC), DEL, CR and bidi overrides are made visible', () => {
  assert.equal(terminalSafe('a\u009b2Jb\u009d0;x\u009c'), 'a<U+009B>2Jb<U+009D>0;x<U+009C>');
  assert.equal(terminalSafe('over\rwrite\u007f'), 'over␍write␡');
  assert.equal(terminalSafe('abc\u202egpj.exe'), 'abc<U+202E>gpj.exe');
  assert.equal(terminalSafe('\u2066x\u2069\u200f'), '<U+2066>x<U+2069><U+200F>');
});

test('tab, newline and ordinary text (accents, CJK, emoji) pass unchanged', () => {
  const text = 'Ünïcode — 日本語 🎉\tcolumn\nnext line ● ★';
  assert.equal(terminalSafe(text), text);
});
