// The sanitiser (DOMPurify and its hooks) in a chunk of its own, loaded with the first article's
// content: the window's first rows need none of it.
export const loadSanitizer = () => import('./sanitize.ts');
