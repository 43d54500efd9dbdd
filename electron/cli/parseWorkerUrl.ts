// Which parse worker the CLI starts. The bundled CLI (dist/cli/orrery.js, scripts/build.ts) has
// its bundled worker beside it; from source, the engine's default (the worker from source).
declare const ORRERY_BUNDLED_CLI: boolean | undefined;

export function cliParseWorkerUrl(): URL | undefined {
  return typeof ORRERY_BUNDLED_CLI === 'boolean'
    ? new URL('./parseWorker.js', import.meta.url)
    : undefined;
}
