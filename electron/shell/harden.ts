// Applies the navigation, new-window, webview and permission rules to Electron objects. Every
// decision is made by the pure functions in navigation.ts; this file only wires them up.
import type { Session, WebContents } from 'electron';
import {
  decideMainFrameNavigation,
  decideRedirect,
  decideSubframeNavigation,
  decideWindowOpen,
  type NavigationDecision,
} from './navigation.ts';

export function hardenWebContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<boolean>,
): void {
  const apply = (decision: NavigationDecision, preventDefault: () => void): void => {
    if (decision.allow) return;
    preventDefault();
    if (decision.openExternally !== null) void openExternal(decision.openExternally);
  };
  contents.on('will-navigate', (event) =>
    apply(decideMainFrameNavigation(event.url), () => event.preventDefault()),
  );
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // handled by will-navigate
    apply(decideSubframeNavigation(event.url), () => event.preventDefault());
  });
  contents.on('will-redirect', (event) =>
    apply(decideRedirect(event.url), () => event.preventDefault()),
  );
  contents.setWindowOpenHandler(({ url }) => {
    apply(decideWindowOpen(url), () => undefined);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every permission request and check is refused: a feed reader needs none of them. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
