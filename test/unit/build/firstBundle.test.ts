// What the window's first bundle holds: the renderer built as for the app (vite.config.ts, in
// memory), then the entry chunk and everything it imports statically, i.e. what is downloaded,
// compiled and run before the first rows are drawn. Settings, dialogs, the sanitiser and the
// contract's zod schemas are chunks of their own, loaded when first needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function chunks(): Promise<Rollup.OutputChunk[]> {
  const result = await build({
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    build: { write: false, minify: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs
    .flatMap((output) => output.output)
    .filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
}

/** The modules of the entry chunk and of every chunk it imports statically. */
function firstBundleModules(all: Rollup.OutputChunk[]): string[] {
  const byName = new Map(all.map((chunk) => [chunk.fileName, chunk]));
  const entry = all.find((chunk) => chunk.isEntry);
  assert.ok(entry, 'an entry chunk');
  const seen = new Set<Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk): void => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name)!);
  };
  visit(entry);
  return [...seen].flatMap((chunk) => chunk.moduleIds.map((id) => id.slice(root.length)));
}

test('the first bundle leaves out what the first rows do not need, in one file', async () => {
  const all = await chunks();
  const first = firstBundleModules(all);
  assert.ok(first.includes('renderer/main.tsx'));
  assert.ok(first.includes('renderer/components/EntryList.tsx'));
  for (const later of [
    /node_modules\/zod\//,
    /node_modules\/dompurify\//,
    /node_modules\/@tanstack\//,
    /^shared\/api\.ts$/,
    /^renderer\/article\/sanitize\.ts$/,
    /^renderer\/components\/settings\//,
    /^renderer\/components\/dialogs\/\w+Dialog\.tsx$/,
    /^renderer\/components\/(DialogHost|TreeContextMenu|ShortcutSheet)\.tsx$/,
  ]) {
    assert.deepEqual(
      first.filter((id) => later.test(id)),
      [],
      `${later} is loaded on demand, not before the first rows`,
    );
  }
  // One request: the modules it shares with the on-demand chunks are inside it.
  assert.deepEqual(all.find((chunk) => chunk.isEntry)?.imports, []);
  // Each on-demand chunk is imported by a relative address, so the desktop app's orrery://app/
  // and the preview's /t/<token>/ serve it from beside the entry, the preview's token included.
  const entry = all.find((chunk) => chunk.isEntry)!;
  const imported = [...entry.code.matchAll(/\bimport\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)].map(
    (match) => match[1]!,
  );
  assert.ok(imported.length >= 4, imported.join(', '));
  for (const address of imported) assert.match(address, /^\.\/[\w.-]+\.js$/);
  const onDemand = all.filter((chunk) => !chunk.isEntry).flatMap((chunk) => chunk.moduleIds);
  assert.ok(onDemand.some((id) => id.endsWith('renderer/article/sanitize.ts')));
  assert.ok(onDemand.some((id) => id.endsWith('shared/api.ts')));
});
