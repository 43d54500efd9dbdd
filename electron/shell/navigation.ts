// What happens when the page (or a frame in it) tries to go somewhere. The window only ever shows
// our renderer: every navigation is refused; a link the person followed to the web goes to the
// system browser instead (through openExternalSafely).
import { isAppUrl } from './appProtocol.ts';
import { isExternalUrl } from './openExternal.ts';

export interface NavigationDecision {
  readonly allow: boolean;
  /** A URL to hand to openExternalSafely instead, or null. */
  readonly openExternally: string | null;
}

const deny = (url: string): NavigationDecision => ({
  allow: false,
  openExternally: isExternalUrl(url) ? url : null,
});

/** will-navigate / will-redirect of the main frame: nothing moves the reader away from itself. */
export function decideMainFrameNavigation(url: string): NavigationDecision {
  return deny(url);
}

/** will-redirect: a redirect within our own origin is harmless; anything else is refused silently. */
export function decideRedirect(url: string): NavigationDecision {
  return isAppUrl(url)
    ? { allow: true, openExternally: null }
    : { allow: false, openExternally: null };
}

/**
 * will-frame-navigate for subframes: the article iframe may load its srcdoc document (or
 * about:blank) and our own pages; a followed link goes to the browser instead.
 */
export function decideSubframeNavigation(url: string): NavigationDecision {
  if (url === 'about:srcdoc' || url === 'about:blank' || isAppUrl(url)) {
    return { allow: true, openExternally: null };
  }
  return deny(url);
}

/** setWindowOpenHandler: never a new window; http(s)/mailto go to the system browser. */
export function decideWindowOpen(url: string): NavigationDecision {
  return deny(url);
}
