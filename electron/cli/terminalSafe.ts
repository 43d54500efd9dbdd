// Text the CLI prints for people goes to a terminal, which obeys control characters: a feed title
// carrying ESC ] 0 ; … BEL retitles the window, ESC [ 2 J clears it, OSC 8 hides where a link goes
// and OSC 52 writes the clipboard. Every such character is shown instead of obeyed: C0 (except tab
// and newline), DEL, C1 (0x9B and 0x9D start sequences on their own) and the bidirectional
// overrides and isolates that reorder what is shown. --json output does not come through here.

/** C0 except tab and newline, DEL, C1, and the bidi controls (embeddings, overrides, isolates, marks). */
const unsafe =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character made visible: ␛ for ESC (a control picture), <U+202E> for the others. */
export function terminalSafe(text: string): string {
  return text.replace(unsafe, visible);
}

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}
