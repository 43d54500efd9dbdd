// Post HTML is stored deflated once it is long enough (store/contentPacking.ts): what the reader
// gets back, searches and snippets are unchanged; rows written before are packed by migration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import {
  packContentMigration,
  packHtml,
  unpackHtml,
} from '../../../../electron/engine/store/contentPacking.ts';
import { migrations } from '../../../../electron/engine/store/schema.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';
const longHtml = `<p>Btrfs scrub notes, ünïcode kept.</p>${'<p>balance and scrub, again and again</p>'.repeat(100)}`;

function stored(file: string): { type: string; bytes: number }[] {
  const db = new DatabaseSync(file);
  try {
    return db
      .prepare(
        'SELECT typeof(content_html) AS type, length(CAST(content_html AS BLOB)) AS bytes FROM entry_content ORDER BY entry_id',
      )
      .all() as { type: string; bytes: number }[];
  } finally {
    db.close();
  }
}

function seeded() {
  const opened = freshStore();
  const feed = opened.store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
  const posts = [
    entry({ guid: 'https://kerrie.example/?p=1', title: 'Long', contentHtml: longHtml }),
    entry({ guid: 'https://kerrie.example/?p=2', title: 'Short', contentHtml: '<p>short</p>' }),
  ];
  opened.store.savePosts(feed.id, postsFor(feed, posts, false), now);
  return { opened, feed, posts };
}

test('long HTML is stored packed and read back as it was; short HTML stays text', () => {
  const { opened, feed, posts } = seeded();
  try {
    const [long, short] = stored(opened.file);
    assert.equal(long!.type, 'blob');
    assert.ok(long!.bytes < Buffer.byteLength(longHtml) / 5, `${long!.bytes} bytes`);
    assert.equal(short!.type, 'text');
    const rows = opened.store.listEntries({ search: 'unicode' });
    assert.equal(rows.total, 1);
    assert.match(rows.entries[0]!.snippet ?? '', /ünïcode kept/);
    assert.equal(opened.store.getEntry(rows.entries[0]!.id)!.contentHtml, longHtml);
    // The same post again: the stored (packed) words compare equal, nothing is rewritten.
    const again = opened.store.savePosts(feed.id, postsFor(feed, posts, false), now);
    assert.equal(again.updated, 0);
  } finally {
    opened.dispose();
  }
});

test('a store from before packing has its HTML packed when opened, and reads the same', () => {
  const { opened } = seeded();
  try {
    const id = opened.store.listEntries({ search: 'scrub' }).entries[0]!.id;
    // As the version before this migration wrote it: the HTML as text.
    const db = new DatabaseSync(opened.file);
    db.prepare('UPDATE entry_content SET content_html = ? WHERE entry_id = ?').run(longHtml, id);
    db.exec(`PRAGMA user_version = ${migrations.indexOf(packContentMigration)}`);
    db.close();
    assert.equal(stored(opened.file)[0]!.type, 'text');
    const store = opened.reopen();
    assert.equal(stored(opened.file)[0]!.type, 'blob');
    assert.equal(store.getEntry(id)!.contentHtml, longHtml);
  } finally {
    opened.dispose();
  }
});

test('HTML many times larger than its packed bytes, or than one output chunk, reads back whole', () => {
  // zlib's output buffer is sized from the input (outputChunk): more output takes more chunks.
  const repetitive = `<p>${'scrub '.repeat(200_000)}</p>`;
  const varied = Array.from({ length: 4_000 }, (_, i) => `<p>ünïcode ${i * 7919}</p>`).join('');
  for (const html of [repetitive, varied]) {
    const packed = packHtml(html);
    assert.ok(packed instanceof Uint8Array);
    assert.equal(unpackHtml(packed), html);
  }
});
