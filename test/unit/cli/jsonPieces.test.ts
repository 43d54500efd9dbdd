// `--json` output written in pieces is exactly the text JSON.stringify(value, null, 2) + "\n"
// was (scripts parse it), and a long report is never made as one string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonPieces } from '../../../electron/cli/jsonPieces.ts';

const whole = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const pieced = (value: unknown, size?: number) => [...jsonPieces(value, size)].join('');

const refreshReport = (feeds: number) => ({
  status: 'ok',
  feeds: Array.from({ length: feeds }, (_, i) => ({
    id: i + 1,
    url: `http://127.0.0.1:8080/member-${i}/feed/`,
    status: i % 7 ? 'ok' : 'error',
    httpStatus: i % 7 ? 200 : null,
    newEntries: i % 30,
    error: i % 7 ? undefined : 'The server said "no".\nTry later \u2013 or not.',
  })),
});

test('the pieces make exactly the text JSON.stringify made, for every shape the CLI prints', () => {
  const values: unknown[] = [
    refreshReport(0),
    refreshReport(3),
    refreshReport(1000),
    [],
    [1, 'two', null, undefined, () => 3, { a: [1, { b: [] }] }, [[]]],
    {},
    { nothing: undefined, fn: () => 1, kept: 0 },
    { only: undefined },
    { date: new Date(0), nested: { list: [1, 2], empty: {} }, list: [new Date(0), 'x\ny'] },
    {
      withToJson: { toJSON: () => ['a', 'b'] },
      arrayToJson: Object.assign([1], { toJSON: () => 'A' }),
    },
    Object.assign(Object.create(null) as object, { a: 1, list: [true] }),
    new Date(0),
    'text with "quotes" and \u00e9 and \ud83d\ude00',
    42,
    null,
    true,
    { '2': 'integer keys first', a: 1, '1': 'as JSON.stringify orders them' },
  ];
  for (const value of values) {
    assert.equal(pieced(value), whole(value));
    assert.equal(pieced(value, 1), whole(value), 'one part per piece');
  }
});

test('a 5,000-feed report comes in pieces of about the batch size, none of them the whole', () => {
  const report = refreshReport(5000);
  const pieces = [...jsonPieces(report, 64 * 1024)];
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  assert.equal(total, whole(report).length);
  assert.ok(pieces.length >= 10, `${pieces.length} pieces`);
  assert.ok(Math.max(...pieces.map((piece) => piece.length)) < 70 * 1024);
});
