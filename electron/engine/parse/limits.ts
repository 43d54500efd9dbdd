// Bounds that keep one hostile or enormous feed from exhausting memory or the UI.
export const MAX_ENTRIES = 2000;
export const MAX_TITLE_CHARS = 1000;
export const MAX_CONTENT_CHARS = 1024 * 1024;
