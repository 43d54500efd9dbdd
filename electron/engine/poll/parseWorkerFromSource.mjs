// Worker entry when running from TypeScript source (CLI, preview, tests). Workers do not inherit
// the main thread's compile cache, so without this each worker would strip types anew: about
// 25 MB and 100 ms per worker. The desktop app uses the bundled parseWorker.js instead.
import { enablePrivateCompileCache } from '../compileCache.ts';

enablePrivateCompileCache();
await import('./parseWorker.ts');
