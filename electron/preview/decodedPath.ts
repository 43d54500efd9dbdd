// A request path with its percent-escapes decoded, or null when they are malformed ("%E0%A4%A",
// "%zz"): that is the client's mistake (400), not the server's (decodeURIComponent throws).
export function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
