// The list's first page, asked for by the page's first script (renderer/firstRequest.ts) before
// the app's code had loaded: the engine answers while it loads and React is set up. The entry
// view takes the answer when it opens the same query (any other query asks anew), and when it
// arrived before React's first render, draws its rows in that very render.
import type { EntryPage, EntryQuery } from '../../shared/model.ts';
import { EntryWindow } from '../state/entryWindow.ts';
import { firstPageKey, type EarlyFirstPage } from './firstPageHandoff.ts';

interface Early extends EarlyFirstPage {
  arrived: EntryPage | null;
}

function adopt(handed: EarlyFirstPage | undefined): Early | null {
  if (!handed) return null;
  const early: Early = { ...handed, arrived: null };
  handed.answer.then((page) => (early.arrived = page)).catch(() => {});
  return early;
}

let early = adopt(window.orreryFirstPage);
window.orreryAppStarted = true;

/** Resolves when the early answer is in (or failed), or after `maxMs`, whichever is first. */
export function firstPageSettled(maxMs: number): Promise<void> {
  const answer = early?.answer;
  if (!answer) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    answer.then(done, done);
  });
}

/** The early answer for exactly this query (without offset and limit), once; else null. */
export function takeFirstPage(query: EntryQuery): Promise<EntryPage> | null {
  const taken = early?.key === firstPageKey(query) ? early.answer : null;
  early = null;
  return taken;
}

/** The list window of the early answer for this query when it has already arrived, once. */
export function takeArrivedFirstPage(
  query: EntryQuery,
): { readonly entries: EntryWindow; readonly upToEntryId: number } | null {
  const page = early?.key === firstPageKey(query) ? early.arrived : null;
  if (!page) return null;
  early = null;
  const entries = new EntryWindow(query, page.total, page.capped === true);
  entries.setPage(0, page.entries);
  return { entries, upToEntryId: page.upToEntryId };
}
