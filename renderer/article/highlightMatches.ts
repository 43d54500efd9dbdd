// Marks a search's matches in the article frame's document with <mark>: text nodes are split
// around each match (no HTML is parsed), and the frame scrolls to the first match.
import { matchRanges } from '../state/searchTerms.ts';

/** Matches marked per article at most: a word on every line of a long post stays cheap. */
const maxMarks = 500;

export function highlightMatches(doc: Document, words: readonly string[]): number {
  if (words.length === 0 || !doc.body) return 0;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let marked = 0;
  for (const text of texts) {
    const ranges = matchRanges(text.data, words);
    // From the end, so earlier offsets stay right as the node is split.
    for (const [start, end] of ranges.reverse()) {
      if (marked >= maxMarks) break;
      const match = text.splitText(start);
      match.splitText(end - start);
      const mark = doc.createElement('mark');
      match.replaceWith(mark);
      mark.append(match);
      marked++;
    }
  }
  // The frame scrolls itself only (scrollIntoView would move the reader's panes too).
  const first = doc.body.querySelector('mark');
  const view = doc.defaultView;
  if (first && view) {
    const top = first.getBoundingClientRect().top + view.scrollY;
    if (top > view.innerHeight * 0.8) view.scrollTo(0, top - view.innerHeight / 3);
  }
  return marked;
}
