// The CLI bundle takes Node's built-ins through process.getBuiltinModule, not ES module imports
// (whose namespaces run every lazy getter: node:http loads undici).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinsAsObjects } from '../../../scripts/builtinImports.ts';

test('named, renamed, namespace and bare imports of built-ins become getBuiltinModule calls', () => {
  const code = [
    'import {',
    '  Agent as HttpAgent,',
    '  request',
    '} from "node:http";',
    'import * as sqlite from "node:sqlite";',
    'import fs from "node:fs";',
    'import "node:worker_threads";',
    'import { parse } from "./chunk-ABC.js";',
    'const text = \'import { x } from "node:os";\';',
  ].join('\n');
  assert.equal(
    builtinsAsObjects(code),
    [
      'const { Agent: HttpAgent, request } = process.getBuiltinModule("node:http");',
      'const sqlite = process.getBuiltinModule("node:sqlite");',
      'const fs = process.getBuiltinModule("node:fs");',
      'process.getBuiltinModule("node:worker_threads");',
      'import { parse } from "./chunk-ABC.js";',
      'const text = \'import { x } from "node:os";\';',
    ].join('\n'),
  );
});

test('a form it does not know fails the build', () => {
  assert.throws(
    () => builtinsAsObjects('import fs, { readFile } from "node:fs";'),
    /unexpected import of node:fs/,
  );
});
