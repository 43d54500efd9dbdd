// The CLI bundle's code made ASCII. V8 keeps a script's source in memory for as long as the
// script lives (to compile its functions lazily), at one byte a character while every character
// is Latin-1 and at two bytes otherwise: one "–" in a comment doubled a 1.3 MB chunk in the heap.
// esbuild escapes strings but leaves comments and regular expressions (ours, readability's) as
// written; here every other character becomes a \u escape, which means the same in a string, a
// template, a regular expression (a surrogate pair for characters beyond the BMP) and a comment.

const nonAscii = /[^\t-~]/gu;

export function asciiSource(code: string): string {
  return code.replace(nonAscii, (char, offset: number) => {
    // `\–` (an identity escape) would turn into `\\u2013`: refuse rather than change a meaning.
    if (code[offset - 1] === '\\') throw new Error(`escaped non-ASCII character at ${offset}`);
    let escaped = '';
    for (let i = 0; i < char.length; i++) {
      escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
    }
    return escaped;
  });
}
