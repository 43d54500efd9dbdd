// The packaged app's Electron fuses, as electron-builder 26 reads them (`electronFuses`): the
// option names are checked against app-builder-lib's own schema, so a misspelt key cannot pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url);

/** The `electronFuses:` block of electron-builder.yml as key -> boolean (flat YAML map). */
function fusesFromYaml(): Record<string, boolean> {
  const lines = readFileSync(new URL('electron-builder.yml', root), 'utf8').split('\n');
  const start = lines.findIndex((line) => /^electronFuses:\s*$/.test(line));
  assert.ok(start >= 0, 'electron-builder.yml has an electronFuses block');
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    const entry = /^ {2}([A-Za-z]+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (!entry) break;
    fuses[entry[1]!] = entry[2] === 'true';
  }
  return fuses;
}

test('the fuses that let others run code through the app are off; asar-only loading is on', () => {
  const fuses = fusesFromYaml();
  assert.equal(fuses.runAsNode, false);
  assert.equal(fuses.enableNodeOptionsEnvironmentVariable, false);
  assert.equal(fuses.enableNodeCliInspectArguments, false);
  assert.equal(fuses.enableEmbeddedAsarIntegrityValidation, true);
  assert.equal(fuses.onlyLoadAppFromAsar, true);
});

test('every fuse named is one electron-builder knows', () => {
  const schema = JSON.parse(
    readFileSync(new URL('node_modules/app-builder-lib/scheme.json', root), 'utf8'),
  ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
  const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
  for (const name of Object.keys(fusesFromYaml())) assert.ok(known.includes(name), name);
  assert.match(
    JSON.stringify(
      (schema as unknown as { properties: Record<string, unknown> }).properties.electronFuses,
    ),
    /FuseOptionsV1/,
  );
});
