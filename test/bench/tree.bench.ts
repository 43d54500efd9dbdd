// Feed tree benchmark: the window with 1,000 feeds in 50 folders draws its tree in under 200 ms
// (issue 6). Its own section, so that it runs in seconds without the renderer bench's 100k posts.
import { ensureRendererBuilt } from '../../electron/preview/buildRenderer.ts';
import { launchChromium } from '../e2e/harness.ts';
import { loadNote } from './support/measure.ts';
import { measureTreeDraw } from './support/treeDraw.ts';
import type { BenchSection } from './types.ts';

export default async function treeBench(): Promise<BenchSection> {
  await ensureRendererBuilt();
  const browser = await launchChromium();
  try {
    const rows = await measureTreeDraw(browser);
    return {
      title: 'Feed tree (1,000 feeds in 50 folders)',
      command: 'npm run bench -- tree',
      rows,
      notes: [
        'The real Reader behind the preview server, the production renderer build in Debian’s Chromium (headless, 1280×800); 1,000 feeds (no posts) in 50 folders, every folder open, a fresh page per run.',
        'Drawn = the frame that shows the feed rows: a message posted from its animation callback, which runs after that frame’s style, layout and paint; counted from the end of the last of the listFeeds, listFolders and unreadCounts responses (Resource Timing).',
        'The tree draws only the rows in view (about 30 of the 1,052 here, plus the selected one: renderer/components/FeedTree.tsx with hooks/useFixedRows.ts); each says its aria-level, aria-posinset and aria-setsize. It is sorted with one Intl.Collator; rows are memoised components without handlers of their own (the tree handles clicks, menus and drags by delegation), so a click redraws the two rows whose selection changed.',
        loadNote(),
      ],
    };
  } finally {
    await browser.close();
  }
}
