// Where an embedded player's card links and what it says, from the iframe's src alone (pure, so
// it is unit-tested from Node; embedCards.ts builds the card).

const videoHosts =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com)$/;

/** The address a card links to: a YouTube embed opens as the watch page. */
export function embedTarget(src: URL): string {
  const youtube = /(^|\.)youtube(-nocookie)?\.com$/.test(src.hostname)
    ? /^\/embed\/([\w-]{6,20})/.exec(src.pathname)
    : null;
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo =
    src.hostname === 'player.vimeo.com' ? /^\/video\/(\d{1,15})/.exec(src.pathname) : null;
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return src.href;
}

/** "youtube.com" for www.youtube.com and youtube-nocookie; the host otherwise. */
export function providerName(src: URL): string {
  const host = src.hostname.replace(/^(www|player|m)\./, '');
  return host === 'youtube-nocookie.com' ? 'youtube.com' : host;
}

/** "▶ Video" for video hosts and PeerTube-style embed paths. */
export function isVideo(src: URL): boolean {
  return videoHosts.test(src.hostname) || /\/videos\/embed\//.test(src.pathname);
}
