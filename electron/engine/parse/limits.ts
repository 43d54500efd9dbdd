// Bounds that keep one hostile or enormous feed from exhausting memory or the UI. There is no
// bound on the number of entries: a legitimate feed of 20,000 items is kept whole. A hostile one
// is bounded by its bytes (the fetch's size limit) and by time (entryBudget.ts, the worker's
// parse timeout), and a feed cut short by a bound says so on its status line.
export const MAX_TITLE_CHARS = 1000;
export const MAX_CONTENT_CHARS = 1024 * 1024;
/** Turning a parsed tree into entries stops after this long; the entries read so far are kept. */
export const MAX_ENTRY_BUILD_MS = 10_000;
