#!/usr/bin/env node
// The `orrery` command. This entry only turns on Node's on-disk compile cache before loading the
// rest: stripping types and compiling ~100 modules is most of a short command's run time.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./run.ts');
