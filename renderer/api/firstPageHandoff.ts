// How the page's first script (renderer/firstRequest.ts, a classic script built alone) hands the
// list's first page to the app (api/firstPage.ts): a promise on window, with the query it answers.
import type { EntryPage, EntryQuery } from '../../shared/model.ts';
import { pageSize } from '../state/entryWindow.ts';

export interface EarlyFirstPage {
  /** firstPageKey of the view's query (without offset and limit). */
  readonly key: string;
  readonly answer: Promise<EntryPage>;
}

declare global {
  interface Window {
    orreryFirstPage?: EarlyFirstPage;
    /** Set when the app's bundle runs: a first script that arrives later asks nothing. */
    orreryAppStarted?: boolean;
  }
}

/** Same fields, same key, whatever order they were written in (the query is flat). */
export const firstPageKey = (query: EntryQuery): string =>
  JSON.stringify(query, Object.keys(query).sort());

/** The listEntries arguments of a view's first page. */
export const firstPageArgs = (query: EntryQuery): EntryQuery => ({
  ...query,
  offset: 0,
  limit: pageSize,
});
