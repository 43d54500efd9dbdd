// `--json` output in pieces. A refresh of 5,000 feeds printed its report as one string of ~1.3 MB
// (and a Buffer as large again for the pipe) at the end of the run. The text is exactly
// JSON.stringify(value, null, 2) + "\n", but the items of the top-level value's arrays (and of a
// top-level array) are made and written a batch at a time, so the whole never exists at once.

/** Pieces whose concatenation is JSON.stringify(value, null, 2) + "\n", each about `size` long. */
export function* jsonPieces(value: unknown, size = 64 * 1024): Generator<string> {
  let batch = '';
  for (const part of jsonParts(value)) {
    batch += part;
    if (batch.length >= size) {
      yield batch;
      batch = '';
    }
  }
  yield batch + '\n';
}

/** The parts of the text: one per item of a streamed array, the rest as JSON.stringify says. */
function* jsonParts(value: unknown): Generator<string> {
  if (Array.isArray(value) && !hasToJson(value)) {
    yield* arrayParts(value, '');
    return;
  }
  if (!isPlainRecord(value)) {
    yield JSON.stringify(value, null, 2) ?? 'undefined';
    return;
  }
  let written = 0;
  for (const [key, v] of Object.entries(value)) {
    const streamed = Array.isArray(v) && !hasToJson(v);
    // JSON.stringify leaves out a property it cannot represent (undefined, a function).
    const text = streamed ? null : JSON.stringify(v, null, 2);
    if (text === undefined) continue;
    yield `${written++ ? ',' : '{'}\n  ${JSON.stringify(key)}: `;
    if (text === null) yield* arrayParts(v as unknown[], '  ');
    else yield indented(text, '  ');
  }
  yield written ? '\n}' : '{}';
}

function* arrayParts(items: readonly unknown[], indent: string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  const inner = `${indent}  `;
  for (let i = 0; i < items.length; i += 1) {
    // JSON.stringify writes null for an item it cannot represent (undefined, a function).
    const text = JSON.stringify(items[i], null, 2) ?? 'null';
    yield `${i ? ',' : ''}\n${inner}${indented(text, inner)}`;
  }
  yield `\n${indent}]`;
}

/** JSON text nested `indent` deeper (its newlines are all structural: strings escape theirs). */
function indented(text: string, indent: string): string {
  return text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text;
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || hasToJson(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
