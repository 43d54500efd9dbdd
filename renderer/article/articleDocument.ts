// The document an article is shown in: cleaned HTML inside a page that carries its own strict CSP.
// The iframe is sandboxed without allow-scripts, so nothing in it runs even if cleaning missed it.

/** No scripts, no plugins, no forms, no frames, no base, no images but Orrery's own. */
export const articleCsp = [
  "default-src 'none'",
  // Images only through Orrery's cache route (cachedImages.ts): the frame never reaches the network.
  "img-src 'self' data:",
  "style-src 'unsafe-inline'",
  'media-src http: https:',
  "font-src 'none'",
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/** The iframe's sandbox: same origin (so the reader can forward keys and catch link clicks), never scripts. */
export const articleSandbox = 'allow-same-origin';

import { articleLayoutCss } from './articleLayoutCss.ts';

export type ResolvedTheme = 'light' | 'dark';

const articleStyle = `
:root { color-scheme: light; --text: #1d1f23; --muted: #5b616b; --link: #0b57d0; --rule: #d9dce1; --code: #f2f3f5; }
:root[data-theme="dark"] { color-scheme: dark; --text: #e3e5e8; --muted: #a3a9b3; --link: #8ab4f8; --rule: #3a3e45; --code: #24272c; }
html { background: transparent; }
body { margin: 0; padding: 0 28px 48px; color: var(--text); font: 17px/1.65 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif; max-width: 42em; overflow-wrap: anywhere; }
a { color: var(--link); }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.2em 0; }
figcaption { color: var(--muted); font-size: 0.9em; }
pre, code { font: 0.88em/1.5 ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; background: var(--code); border-radius: 4px; }
code { padding: 0.1em 0.3em; }
pre { padding: 0.8em 1em; overflow-x: auto; }
pre code { padding: 0; background: none; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 3px solid var(--rule); color: var(--muted); }
table { border-collapse: collapse; } td, th { border: 1px solid var(--rule); padding: 0.3em 0.6em; }
hr { border: 0; border-top: 1px solid var(--rule); }
h1, h2, h3, h4 { line-height: 1.3; }
`;

export function articleSrcdoc(cleanBodyHtml: string, theme: ResolvedTheme): string {
  return `<!doctype html><html data-theme="${theme}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${articleCsp}"><meta name="referrer" content="no-referrer"><style>${articleStyle}${articleLayoutCss}</style></head><body>${cleanBodyHtml}</body></html>`;
}
