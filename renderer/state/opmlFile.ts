// OPML files chosen or dropped in the window: which ones look like OPML, and their bytes as base64
// (the engine decodes the file's own declared charset, so the page never decodes it as text).

/** The engine's limit for an OPML file (shared/api.ts allows 28 MB of base64). */
export const maxOpmlBytes = 20 * 1024 * 1024;

export function looksLikeOpml(name: string): boolean {
  return /\.(opml|xml)$/i.test(name);
}

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let at = 0; at < bytes.length; at += chunk) {
    binary += String.fromCharCode(...bytes.subarray(at, at + chunk));
  }
  return btoa(binary);
}

export async function opmlFileArgs(file: File): Promise<{ base64: string }> {
  if (file.size > maxOpmlBytes) throw new Error(`${file.name} is larger than 20 MB.`);
  return { base64: base64Of(new Uint8Array(await file.arrayBuffer())) };
}

/** Saves text as a file through the browser's download (the preview's Export OPML…). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
