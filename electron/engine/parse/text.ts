// Plain text from the HTML-ish strings feeds put in titles and author names.
import { Parser } from 'htmlparser2';

/** Decode entities and drop tags, skipping script/style bodies. */
function htmlToText(html: string): string {
  let out = '';
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'script' || name === 'style') skipDepth++;
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && skipDepth > 0) skipDepth--;
      },
      ontext(text) {
        if (skipDepth === 0) out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

/** Decode character references only (no tag handling): '<' is escaped first so it survives. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return htmlToText(text.replace(/</g, '&lt;'));
}

// A reference still standing after one decode means the publisher escaped twice (Drupal's
// check_plain on an already-escaped title gives "&amp;#8220;").
const LEFTOVER_REFERENCE =
  /&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|quot|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|[nm]dash|hellip);/i;

/**
 * C0 controls other than white space, DEL and C1 controls: no title or name needs them, and in a
 * terminal they retitle the window, clear the screen, hide links (OSC 8) or write the clipboard
 * (OSC 52). Removed after every decoding step, so "&#27;" and a double-escaped "&amp;#27;" go too.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Titles and names: entities decoded (twice when obviously double-escaped), tags stripped, controls removed, whitespace folded. */
export function plainText(value: string | null | undefined): string {
  if (!value) return '';
  let text = value.includes('<') || value.includes('&') ? htmlToText(value) : value;
  if (LEFTOVER_REFERENCE.test(text)) text = decodeEntities(text);
  return text.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Plain text (Atom type="text", JSON content_text) as HTML paragraphs. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
