// Builds the renderer (renderer/ -> dist/renderer/). scripts/build.ts and the preview call Vite
// with this file. base './' so the same files load from file:// in Electron and from the preview.
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./renderer/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer/', import.meta.url));

/**
 * renderer/firstRequest.ts as a classic script of its own in <head>: it asks for the list's first
 * page while the app's bundle is still loading and compiling.
 * Built alone (esbuild, one file): it imports nothing, so it runs the moment it arrives, before
 * the bundle has been compiled.
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
    // async: fetched beside the bundle and the style sheet, run as soon as it is here (a plain
    // script would hold back the parser, so the bundle's download, and wait for style sheets);
    // after the CSP meta tag, which covers only what follows it.
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module"/,
          `<script async src="./${fileName}"></script>\n    $&`,
        ),
    },
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
