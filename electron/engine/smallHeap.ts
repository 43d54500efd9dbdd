// V8 settings for the processes that run a refresh (the CLI, the desktop app's main process):
// their work is a stream of short-lived objects (bodies, parsed posts, rows), for which V8's
// defaults grow the young generation to 16 MB semi-spaces per isolate and let garbage pile up
// before collecting: tens of megabytes that only raise the peak. Optimising for size keeps the
// heaps near what is alive. Flags are process-wide, so the parse worker started later gets them
// too. Set by the process itself at start, before the work begins.
import { setFlagsFromString } from 'node:v8';

export const smallHeapFlags = ['--optimize-for-size'] as const;

export function preferSmallHeap(): void {
  for (const flag of smallHeapFlags) setFlagsFromString(flag);
}
