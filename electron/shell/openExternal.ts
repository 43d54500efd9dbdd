// The one checked path by which a link leaves the reader: http, https and mailto only
// (externalUrlSchema from shared/api.ts), handed to the function that really opens it.
import { externalUrlSchema } from '../../shared/api.ts';

export type OpenUrl = (url: string) => Promise<void>;

/** Resolves true when the URL was handed to `open`, false when it was refused or opening failed. */
export async function openExternalSafely(url: unknown, open: OpenUrl): Promise<boolean> {
  const checked = externalUrlSchema.safeParse(url);
  if (!checked.success) return false;
  // Hand over the normalised form, so what we checked is exactly what is opened.
  const normalised = new URL(checked.data).href;
  try {
    await open(normalised);
    return true;
  } catch {
    return false;
  }
}

export function isExternalUrl(url: string): boolean {
  return externalUrlSchema.safeParse(url).success;
}
