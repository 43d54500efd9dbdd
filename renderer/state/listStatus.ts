// The line under the entry list: how many entries, or what a search found. A search over a
// large store stops at its first matches (EntryPage.capped): then it found "1000+".

/** "12 found in all entries", "1000+ found in Planets", "340 entries". */
export function listStatusText(
  total: number,
  capped: boolean,
  search: string | undefined,
  where: string,
): string {
  if (!search) return `${total} entries`;
  return `${total}${capped ? '+' : ''} found in ${where}`;
}
