// Preferences as read back from disk are input like any other: each one is validated on its own,
// and a bad or missing one falls back to its default instead of throwing away the rest.
import type { z } from 'zod';
import { defaultPreferences, preferencesSchema, type Preferences } from '../../../shared/api.ts';

export function readPreferences(raw: unknown): Preferences {
  const stored = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(preferencesSchema.shape)) {
    const parsed = (schema as z.ZodType).safeParse(stored[key]);
    result[key] = parsed.success ? parsed.data : defaultPreferences[key as keyof Preferences];
  }
  return result as Preferences;
}

/** Applies a partial update; throws (zod) when the result is not valid preferences. */
export function mergePreferences(current: Preferences, patch: Partial<Preferences>): Preferences {
  return preferencesSchema.parse({ ...current, ...patch });
}
