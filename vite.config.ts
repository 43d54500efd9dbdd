// Builds the renderer (renderer/ -> dist/renderer/). scripts/build.ts and the preview call Vite
// with this file. base './' so the same files load from file:// in Electron and from the preview.
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./renderer/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer/', import.meta.url));

/**
 * renderer/firstRequest.ts as a classic script of its own in <head>: it runs while the page is
 * parsed and asks for the list's first page before the app's bundle has loaded and compiled.
 * Built alone (esbuild, one file): a chunk shared with the bundle would be imported without the
 * preview's token (the page gives it only to the addresses written in index.html).
 */
function firstRequest(): Plugin {
  const fileName = 'assets/first-request.js';
  return {
    name: 'orrery-first-request',
    apply: 'build',
    async generateBundle() {
      const esbuild = await import('esbuild');
      const built = await esbuild.build({
        entryPoints: [fileURLToPath(new URL('./renderer/firstRequest.ts', import.meta.url))],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
      });
      const source = built.outputFiles[0]?.text ?? '';
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: () => [
      { tag: 'script', attrs: { src: `./${fileName}` }, injectTo: 'head' },
    ],
  };
}

export default defineConfig({
  root,
  base: './',
  // React's automatic runtime through Vite's built-in (oxc) transform: no plugin needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [firstRequest()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Inline nothing: the page's CSP allows scripts, styles and fonts from 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
