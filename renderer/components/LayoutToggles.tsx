// The buttons a narrow window needs: "Feeds" opens the collapsed feed pane over the list, "Back"
// returns from the article (or Settings) to the list.
import type { LayoutState } from '../hooks/useLayoutMode.ts';

export function FeedsToggle({ layout }: { layout: LayoutState }) {
  if (layout.mode === 'wide') return null;
  return (
    <button
      type="button"
      className="button feeds-toggle"
      aria-expanded={layout.feedsOpen}
      aria-controls="feeds-pane"
      onClick={() => layout.setFeedsOpen(!layout.feedsOpen)}
    >
      ☰ Feeds
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
