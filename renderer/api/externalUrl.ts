// The contract's check of an address leaving the reader (shared/api.ts externalUrlSchema),
// loaded when a link is first opened: api.ts builds every schema of the contract with zod, which
// the window's first rows do not need (the engine checks every call on its side anyway).
/** The address to open (mailto: fields trimmed), or null when it may not leave the reader. */
export async function checkedExternalUrl(url: string): Promise<string | null> {
  const { externalUrlSchema } = await import('../../shared/api.ts');
  const checked = externalUrlSchema.safeParse(url);
  return checked.success ? checked.data : null;
}
