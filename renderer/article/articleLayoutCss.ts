// The article frame's rules that keep blog HTML inside the frame, whatever its inline styles say:
// fixed widths (WordPress captions, tables, embeds) are bounded by the frame, images keep their
// width/height attributes for layout (no jump when they load) but scale down to fit. Done here
// in CSS rather than by rewriting style attributes, so the sanitiser's style rules stay one thing.
export const articleLayoutCss = `
body * { max-width: 100% !important; min-width: 0 !important; box-sizing: border-box; }
img, video, audio, picture { max-width: 100% !important; height: auto !important; }
table { display: block; overflow-x: auto; width: auto !important; }
pre { white-space: pre; overflow-x: auto; }
.wp-caption, figure { width: auto !important; margin-left: 0; margin-right: 0; }
[style*="position"] { position: static !important; }
.orrery-embed { display: block; margin: 1.2em 0; padding: 0.9em 1.1em; border: 1px solid var(--rule); border-radius: 8px; text-decoration: none; font: 600 0.95em/1.4 system-ui, sans-serif; }
.orrery-embed-title { display: block; font-weight: 400; color: var(--muted); }
.orrery-media { margin: 1.6em 0 0; padding-top: 1em; border-top: 1px solid var(--rule); font: 0.9em/1.5 system-ui, sans-serif; }
.orrery-media audio, .orrery-media video { display: block; width: 100%; margin-bottom: 0.4em; }
.orrery-media img { display: block; margin-bottom: 0.6em; }
mark { background: #ffe066; color: #1d1f23; border-radius: 2px; }
:root[data-theme="dark"] mark { background: #8a6d00; color: #fff; }
`;
