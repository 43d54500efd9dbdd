// Subscriptions to an OPML 2.0 file other readers can import: folders as nested outlines, every
// value escaped, names normalised exactly as readOpml normalises them so a round trip is lossless.
import { cleanName, xmlSafe } from './cleanText.ts';
import { checkSiteAddress } from './feedAddress.ts';

export interface OpmlExportFeed {
  readonly url: string;
  readonly title: string | null;
  readonly siteUrl: string | null;
  /** Folder names from the top down; [] for the top level. */
  readonly folder: readonly string[];
}

export interface OpmlExport {
  readonly title: string;
  readonly feeds: readonly OpmlExportFeed[];
  readonly dateCreated?: Date;
}

interface FolderNode {
  readonly name: string;
  /** Feeds and sub-folders in the order they were first met. */
  readonly items: (FolderNode | OpmlExportFeed)[];
  readonly subfolders: Map<string, FolderNode>;
}

export function writeOpml({ title, feeds, dateCreated }: OpmlExport): string {
  const root = buildTree(feeds);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(cleanName(title) ?? '')}</title>`,
  ];
  if (dateCreated !== undefined && !Number.isNaN(dateCreated.getTime())) {
    lines.push(`    <dateCreated>${dateCreated.toUTCString()}</dateCreated>`);
  }
  lines.push('  </head>', '  <body>');
  writeItems(root.items, 2, lines);
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

function buildTree(feeds: readonly OpmlExportFeed[]): FolderNode {
  const root: FolderNode = { name: '', items: [], subfolders: new Map() };
  for (const feed of feeds) {
    let folder = root;
    for (const rawName of feed.folder) {
      const name = cleanName(rawName);
      if (name === null) continue; // readOpml flattens unnamed folders too
      let next = folder.subfolders.get(name);
      if (next === undefined) {
        next = { name, items: [], subfolders: new Map() };
        folder.subfolders.set(name, next);
        folder.items.push(next);
      }
      folder = next;
    }
    folder.items.push(feed);
  }
  return root;
}

function writeItems(
  items: readonly (FolderNode | OpmlExportFeed)[],
  depth: number,
  lines: string[],
) {
  const indent = '  '.repeat(depth);
  for (const item of items) {
    if ('items' in item) {
      const name = attribute(item.name);
      lines.push(`${indent}<outline text="${name}" title="${name}">`);
      writeItems(item.items, depth + 1, lines);
      lines.push(`${indent}</outline>`);
      continue;
    }
    const name = attribute(cleanName(item.title) ?? '');
    const siteUrl = checkSiteAddress(item.siteUrl);
    const site = siteUrl ? ` htmlUrl="${attribute(siteUrl)}"` : '';
    lines.push(
      `${indent}<outline type="rss" text="${name}" title="${name}" xmlUrl="${attribute(item.url)}"${site}/>`,
    );
  }
}

function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: quotes escaped, and whitespace kept as references so parsers keep it. */
function attribute(text: string): string {
  return escapeXml(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
