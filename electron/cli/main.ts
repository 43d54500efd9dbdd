#!/usr/bin/env node
// The `orrery` command. This entry only turns on Node's on-disk compile cache before loading the
// rest: stripping types and compiling ~100 modules is most of a short command's run time. The
// cache lives in the user's own cache directory (0700), not in the shared /tmp.
import { enablePrivateCompileCache } from '../engine/compileCache.ts';
import { preferSmallHeap } from '../engine/smallHeap.ts';

enablePrivateCompileCache();
preferSmallHeap();
await import('./run.ts');
