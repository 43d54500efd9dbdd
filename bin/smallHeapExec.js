// V8 heap settings that only take effect on the command line: the size of the young generation
// is fixed when the main thread's heap is made, before any of our code runs, so setting it at run
// time (electron/engine/smallHeap.ts) comes too late. `orrery` therefore starts itself once more
// with them (process.execve: the same process, no child), before loading anything else. Measured
// on the 300-feed refresh bench: peak RSS of the all-304 refresh 98 -> 85 MB, of the first
// refresh 134-148 -> 125-129 MB, CPU time unchanged. Without process.execve (Windows, older Node)
// the CLI runs as it is, with the run-time flags only.
import { accessSync, constants } from 'node:fs';

/** Semi-spaces of 1 MB (V8 grows them to 16 MB), plus the run-time flags of smallHeap.ts. */
export const cliV8Flags = [
  '--max-semi-space-size=1',
  '--optimize-for-size',
  '--no-concurrent-recompilation',
];

/**
 * The arguments (after the node binary) to run this process again with the flags, or null when
 * it already has them. Ours come first so that a flag the user gave (`node --max-semi-space-size=8
 * bin/orrery.js`) still wins: V8 takes the last of a flag.
 */
export function smallHeapArgs(execArgv, argv) {
  const missing = cliV8Flags.filter((flag) => !execArgv.includes(flag));
  if (missing.length === 0) return null;
  return [...missing, ...execArgv, ...argv.slice(1)];
}

/** Replaces this process by itself with the flags; returns only when it cannot or need not. */
export function execWithSmallHeap() {
  const args = smallHeapArgs(process.execArgv, process.argv);
  if (!args || typeof process.execve !== 'function' || !canExec(process.execPath)) return;
  try {
    process.execve(process.execPath, [process.execPath, ...args], process.env);
  } catch {
    // Newer Node throws when execve(2) fails and leaves this process as it was: run in it.
  }
}

/**
 * Node 22-24 abort the process when execve(2) fails, so the likely failure (the node binary
 * gone or no longer executable, as during an upgrade of Node under a running shell) is ruled
 * out first: the CLI then runs without the command-line flags rather than not at all.
 */
function canExec(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
