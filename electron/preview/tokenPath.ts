// The page and its assets live under /t/<token>/, the token in the path rather than in a query:
// relative addresses (the page's scripts, a lazy chunk importing a shared one) then carry it
// without the page or the bundler adding anything, and no cookie is needed.
import { tokensMatch } from './token.ts';

const tokenPrefix = /^\/t\/([^/]*)(\/.*)?$/;

export type TokenPath =
  /** The path inside the renderer's directory ('/' for the page). */
  | { readonly kind: 'asset'; readonly path: string }
  /** /t/<token> without its slash: the page's relative addresses would miss the token. */
  | { readonly kind: 'add-slash' }
  | { readonly kind: 'refused' };

/** `pathname` as the URL parser left it (dot segments resolved, percent-escapes kept). */
export function tokenPathOf(pathname: string, token: string): TokenPath {
  const match = tokenPrefix.exec(pathname);
  if (!match || !tokensMatch(token, match[1])) return { kind: 'refused' };
  return match[2] === undefined ? { kind: 'add-slash' } : { kind: 'asset', path: match[2] };
}

export const tokenPagePath = (token: string): string => `/t/${token}/`;
