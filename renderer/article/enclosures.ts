// A post's enclosures and media under its text: audio and video (podcasts) get a player and a
// download link; images (Mastodon attachments, Flickr's media:content, image enclosures) are
// shown when the content does not already show them. Markup only: the sanitiser cleans it with
// the rest of the article.
import type { Enclosure } from '../../shared/model.ts';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Kind = 'audio' | 'video' | 'image' | 'other';

const byExtension: readonly [RegExp, Kind][] = [
  [/\.(mp3|m4a|aac|ogg|oga|opus|flac|wav)$/i, 'audio'],
  [/\.(mp4|m4v|webm|ogv|mov)$/i, 'video'],
  [/\.(jpe?g|png|gif|webp|avif)$/i, 'image'],
];

export function enclosureKind(enclosure: Enclosure): Kind {
  const type = (enclosure.type ?? '').toLowerCase();
  for (const kind of ['audio', 'video', 'image'] as const) {
    if (type.startsWith(`${kind}/`)) return kind;
  }
  if (type && type !== 'application/octet-stream') return 'other';
  let path = '';
  try {
    path = new URL(enclosure.url).pathname;
  } catch {
    return 'other';
  }
  return byExtension.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

/** "MP3, 43.5 MB" from the type and length, as far as they are known. */
export function describeFile(enclosure: Enclosure): string {
  let name = '';
  try {
    name = /\.(\w{2,5})$/.exec(new URL(enclosure.url).pathname)?.[1]?.toUpperCase() ?? '';
  } catch {
    // no extension to show
  }
  const size =
    enclosure.length && enclosure.length > 0
      ? enclosure.length >= 1_000_000
        ? `${(enclosure.length / 1_000_000).toFixed(1)} MB`
        : `${Math.max(1, Math.round(enclosure.length / 1000))} kB`
      : '';
  return [name, size].filter(Boolean).join(', ');
}

const isWeb = (url: string): boolean => /^https?:\/\//i.test(url);

function player(kind: 'audio' | 'video', enclosure: Enclosure): string {
  const url = escape(enclosure.url);
  const about = describeFile(enclosure);
  return `<div class="orrery-enclosure"><${kind} controls preload="none" src="${url}"></${kind}><a href="${url}" download>Download ${kind === 'audio' ? 'audio' : 'video'}${about ? ` (${escape(about)})` : ''}</a></div>`;
}

/** The media block for under the text ('' when there is nothing to add). */
export function enclosuresHtml(enclosures: readonly Enclosure[], contentHtml: string): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const enclosure of enclosures) {
    if (!isWeb(enclosure.url) || seen.has(enclosure.url)) continue;
    seen.add(enclosure.url);
    const kind = enclosureKind(enclosure);
    if (kind === 'audio' || kind === 'video') parts.push(player(kind, enclosure));
    else if (kind === 'image' && !contentHtml.includes(enclosure.url)) {
      parts.push(`<img src="${escape(enclosure.url)}" alt="">`);
    }
  }
  return parts.length ? `<div class="orrery-media">${parts.join('')}</div>` : '';
}
