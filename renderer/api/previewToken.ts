// The browser preview serves the page at /t/<token>/ (electron/preview/server.ts, tokenPath.ts);
// the page sends that token on its calls. The desktop app's page (orrery://app/) has none.
const tokenPrefix = /^\/t\/([^/]+)\//;

export function previewToken(location: { pathname: string }): string {
  return tokenPrefix.exec(location.pathname)?.[1] ?? '';
}

/** `token=…&` for a GET address of the preview's, or nothing in the desktop app. */
export function tokenQueryPart(location: { pathname: string }): string {
  const token = previewToken(location);
  return token ? `token=${encodeURIComponent(token)}&` : '';
}
