// For what the window's first paint need not wait on (the article's frame): made in the task
// after the first painted frame.
import { useEffect, useState } from 'react';

/** False until the first frame after mounting has been painted (then true for good), or true
 * from the start when `now`. */
export function useAfterFirstPaint(now: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before its paint: the task after it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted || now;
}
