// The list's first page, asked for as soon as the page starts (renderer/main.tsx), before the
// app's code has loaded and React has drawn anything: the engine answers while that happens.
// The entry view takes the answer when it opens the same query; any other query asks anew.
import type { OrreryClient } from '../../shared/api.ts';
import type { EntryPage, EntryQuery } from '../../shared/model.ts';

let early: { readonly key: string; readonly answer: Promise<EntryPage> } | null = null;

// Same fields, same key, whatever order they were written in (the query is flat).
const keyOf = (query: EntryQuery): string => JSON.stringify(query, Object.keys(query).sort());

export function askFirstPage(client: OrreryClient, query: EntryQuery): void {
  const answer = client.listEntries(query);
  // Whoever takes it sees a failure; left untaken, it is not an unhandled rejection.
  answer.catch(() => {});
  early = { key: keyOf(query), answer };
}

/** The early answer for exactly this query, once; null when there is none. */
export function takeFirstPage(query: EntryQuery): Promise<EntryPage> | null {
  const taken = early?.key === keyOf(query) ? early.answer : null;
  early = null;
  return taken;
}
