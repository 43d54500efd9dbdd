// The parse worker's young generation. The CLI runs its main thread with 1 MB semi-spaces
// (bin/smallHeapExec.js: fewer megabytes of garbage in its heap), but V8 sizes every isolate
// made later from that flag too, over a worker's own resourceLimits. The parse worker's
// survivors (the tree of the feed it is parsing) outgrow 1 MB: a 300-feed first refresh made
// ~450 scavenges in it, each copying that tree again, about a fifth of its CPU. Set just
// before a worker starts, the flag gives it (and any isolate made after it) 2 MB semi-spaces:
// worker CPU -0.5 s (-22 %) on that refresh, peak RSS the same within noise. The main thread's
// heap was sized at start and keeps its own.
import { setFlagsFromString } from 'node:v8';

export const workerSemiSpaceMb = 2;

/** Call before `new Worker(...)`: the worker's heap is sized from the flags as it starts. */
export function sizeWorkerYoungGeneration(): void {
  setFlagsFromString(`--max-semi-space-size=${workerSemiSpaceMb}`);
}
