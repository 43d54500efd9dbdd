// Headers sent on every preview response: the page's strict CSP and no sniffing, framing or referrers.
// The policy is the desktop app's own (one definition for both faces); it is plain data, so the
// preview takes it from electron/shell/ without touching Electron.
import { contentSecurityPolicy } from '../shell/csp.ts';

export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};
