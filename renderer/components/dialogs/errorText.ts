/** The sentence to show for a failed call: an Error's message (the engine words them for people). */
export function errorText(failure: unknown): string {
  if (failure instanceof Error) return failure.message;
  const message = (failure as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(failure);
}
