// The Content-Security-Policy sent with every response of the renderer (and injected as a meta
// tag when the page has none). Articles are shown in a sandboxed srcdoc iframe, which inherits
// this policy: nothing from the network may load, images only from Orrery's cache. The preview sends this
// same policy (electron/preview/securityHeaders.ts); renderer/index.html's meta copy is checked
// against it by a test.
const directives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // React sets style properties through the CSSOM; inline <style> is needed for article typography.
  'style-src': ["'self'", "'unsafe-inline'"],
  // Images come only from Orrery's own cache route (/cache/image, cacheRoute.ts), never the network.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function serialise(skip: readonly string[] = []): string {
  return Object.entries(directives)
    .filter(([name]) => !skip.includes(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const contentSecurityPolicy = serialise();

/** Browsers ignore frame-ancestors in a meta tag (and warn), so the meta copy leaves it out. */
export const metaContentSecurityPolicy = serialise(['frame-ancestors']);

/** Headers for every response the app protocol serves. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  };
}

/**
 * Puts the policy in the page's <head> too, before any script tag, unless the page already
 * carries one (two policies would both apply, so the header alone then decides what we add).
 */
export function injectCspMeta(html: string): string {
  if (/<meta[^>]+http-equiv\s*=\s*["']?content-security-policy/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return meta + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
