// The SSRF rule for images (fetch/addressGuard.ts). An image's address comes from a feed, not from
// the user, so it may reach this computer or a private network only on a host the user subscribed
// to there themselves (a feed typed or imported, private_ok): an intranet blog's own pictures
// load, while a public feed naming http://192.168.1.1/… or http://localhost:631/… is refused.
// Host means host and port, as the browser's origin does.

/** The hosts of the feeds the user typed or imported: read once, asked per image. */
export function userGivenHosts(userGivenFeedUrls: readonly string[]): ReadonlySet<string> {
  const hosts = new Set<string>();
  for (const feedUrl of userGivenFeedUrls) {
    const host = hostOf(feedUrl);
    if (host !== null) hosts.add(host);
  }
  return hosts;
}

/** Whether the image at `imageUrl` may be fetched from a non-public address. */
export function imageOnUserGivenHost(imageUrl: string, hosts: ReadonlySet<string>): boolean {
  const host = hostOf(imageUrl);
  return host !== null && hosts.has(host);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}
