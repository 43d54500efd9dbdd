// Window bounds as stored in electron-store (preferences themselves live in the data directory:
// engine/preferences/). What comes back from disk is treated like any other input.
import type { Rectangle } from 'electron';
import { z } from 'zod';

// One rule for every face: validation lives with the face-neutral preferences file.
export { mergePreferences, readPreferences } from '../engine/preferences/validate.ts';

const boundsSchema = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(320).max(20_000),
  height: z.number().int().min(240).max(20_000),
});

/** How much of the window's title bar must be on some screen for saved bounds to be reused. */
const minimumVisible = 64;

/**
 * The saved window bounds, if they are well formed and still land on one of the current screens
 * (a monitor may have been unplugged since); otherwise undefined, and the window opens centred.
 */
export function restoreBounds(
  saved: unknown,
  workAreas: readonly Rectangle[],
): Rectangle | undefined {
  const parsed = boundsSchema.safeParse(saved);
  if (!parsed.success) return undefined;
  const bounds = parsed.data;
  const visible = workAreas.some((area) => {
    const overlapX =
      Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const titleBarOnScreen =
      bounds.y >= area.y && bounds.y < area.y + area.height - minimumVisible / 2;
    return overlapX >= minimumVisible && titleBarOnScreen;
  });
  if (!visible) return undefined;
  return bounds;
}
