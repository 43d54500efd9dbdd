#!/usr/bin/env node
// `npx orrery`: the CLI runs from its TypeScript source, which needs Node >= 22.13 (node:sqlite,
// type stripping). `npm run orrery` uses the Node the project installs.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(
    `orrery needs Node 22.13 or newer (this is ${process.versions.node}); run it as \`npm run orrery -- …\`.\n`,
  );
  process.exit(1);
}
await import('../electron/cli/main.ts');
