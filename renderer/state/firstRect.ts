// What a virtual list (@tanstack/react-virtual) assumes of its scroll area before measuring it:
// the window's height, so the first render already holds the rows in view (the default, 0 × 0,
// draws none, then measures and draws again before the first paint).
export const firstRect = (): { width: number; height: number } => ({
  width: window.innerWidth,
  height: window.innerHeight,
});
