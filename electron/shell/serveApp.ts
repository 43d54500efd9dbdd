// The handler behind protocol.handle('orrery'): serves files of dist/renderer, each response with
// the CSP and other security headers. Uses only web Request/Response and node:fs, so it runs in
// plain Node under test.
import { readFile } from 'node:fs/promises';
import { contentTypeFor, isAppUrl, resolveAppAsset } from './appProtocol.ts';
import {
  answerCacheRequest,
  cachePath,
  parseCacheRequest,
  type ImageSource,
} from './cacheRoute.ts';
import { injectCspMeta, securityHeaders } from './csp.ts';

/** `images`: the engine's image cache, for orrery://app/cache/… (see cacheRoute.ts). */
export function createAppRequestHandler(
  rootDir: string,
  images: ImageSource | null = null,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const plain = (status: number, text: string) =>
      new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed');
    const cacheRequest = isAppUrl(request.url) ? parseCacheRequest(new URL(request.url)) : null;
    if (cacheRequest) {
      const answer = await answerCacheRequest(cacheRequest, images);
      const body = request.method === 'HEAD' ? null : (answer.body as Uint8Array<ArrayBuffer>);
      return new Response(body, { status: answer.status, headers: answer.headers });
    }
    if (new URL(request.url).pathname.startsWith(cachePath)) return plain(404, 'Not found');
    const path = resolveAppAsset(request.url, rootDir);
    if (path === null) return plain(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await readFile(path));
    } catch {
      return plain(404, 'Not found');
    }
    const contentType = contentTypeFor(path);
    const payload = contentType.startsWith('text/html')
      ? injectCspMeta(new TextDecoder().decode(body))
      : body;
    return new Response(request.method === 'HEAD' ? null : payload, {
      status: 200,
      headers: securityHeaders(contentType),
    });
  };
}
