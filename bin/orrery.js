#!/usr/bin/env node
// `npx orrery`: the bundled CLI (dist/cli/, built by `npm ci`), or its TypeScript source when the
// bundle is missing or older than the source (cliBundle.js). Both need Node >= 22.13 (node:sqlite;
// type stripping for the source). `npm run orrery` runs the source with the project's Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(
    `orrery needs Node 22.13 or newer (this is ${process.versions.node}); run it as \`npm run orrery -- …\`.\n`,
  );
  process.exit(1);
}
const { execWithSmallHeap } = await import('./smallHeapExec.js');
execWithSmallHeap();
const { cliEntry } = await import('./cliBundle.js');
await import(cliEntry().href);
