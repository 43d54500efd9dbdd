// The handler behind protocol.handle('orrery'): serves files of dist/renderer, each response with
// the CSP and other security headers. Uses only web Request/Response and node:fs, so it runs in
// plain Node under test.
import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveAppAsset } from './appProtocol.ts';
import { injectCspMeta, securityHeaders } from './csp.ts';

export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const plain = (status: number, text: string) =>
      new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed');
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
