// The buttons a narrow window needs: "Feeds" opens the collapsed feed pane over the list, "Back"
// returns from the article (or Settings) to the list.
import type { LayoutState } from '../hooks/useLayoutMode.ts';

// The collapsed pane hides the refresh line and the failed feeds, so the button carries them.
export function FeedsToggle({ layout, news }: { layout: LayoutState; news: string | null }) {
  if (layout.mode === 'wide') return null;
  return (
    <button
      type="button"
      className="button feeds-toggle"
      aria-expanded={layout.feedsOpen}
      aria-controls="feeds-pane"
      aria-label={news === null ? 'Feeds' : `Feeds, ${news}`}
      onClick={() => layout.setFeedsOpen(!layout.feedsOpen)}
    >
      <span aria-hidden="true">☰</span> Feeds
      {news === null ? null : <span className="feeds-toggle-news">{`, ${news}`}</span>}
    </button>
  );
}

export function BackToList({ layout, onBack }: { layout: LayoutState; onBack: () => void }) {
  if (layout.mode !== 'narrow' || !layout.articleShown) return null;
  return (
    <button type="button" className="button back-to-list" onClick={onBack}>
      ← Back
    </button>
  );
}
