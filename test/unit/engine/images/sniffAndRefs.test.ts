import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imageUrlsOf, maxImagesPerPost } from '../../../../electron/engine/images/imageRefs.ts';
import { pixelSize, sniffImage } from '../../../../electron/engine/images/sniffImage.ts';
import { pngBytes } from '../../../support/images.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

test('images are known by their bytes, not by what the server says', () => {
  assert.equal(sniffImage(pngBytes(2, 2, [1, 2, 3])), 'image/png');
  assert.equal(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])), 'image/jpeg');
  assert.equal(sniffImage(bytes('GIF89a\x01\x00\x01\x00')), 'image/gif');
  assert.equal(sniffImage(bytes('RIFF\0\0\0\0WEBPVP8 ')), 'image/webp');
  assert.equal(sniffImage(bytes('\0\0\0\x1cftypavif')), 'image/avif');
  assert.equal(
    sniffImage(bytes('<?xml version="1.0"?>\n<!-- x --><svg xmlns="…">')),
    'image/svg+xml',
  );
  assert.equal(sniffImage(bytes('<html><body>not found</body></html>')), null);
  assert.equal(sniffImage(bytes('<svg')), null);
  assert.equal(sniffImage(new Uint8Array(0)), null);
  assert.deepEqual(pixelSize(pngBytes(3, 5, [0, 0, 0]), 'image/png'), { width: 3, height: 5 });
});

test("a post's images: img (lazy, srcset), picture, image enclosures; pixels and duplicates left out", () => {
  const html = `
    <img src="https://a.test/1.png"><img src="https://a.test/1.png">
    <img src="data:image/gif;base64,AA" data-lazy-src="https://a.test/lazy.png">
    <picture><source srcset="https://a.test/p.webp 2x"><img></picture>
    <picture><source srcset="https://a.test/q.webp"><img src="https://a.test/q.jpg"></picture>
    <IMG SRC="https://a.test/pixel.gif" WIDTH="1" HEIGHT="1">
    <img src="https://pixel.wp.com/g.gif">`;
  const enclosures = [
    { url: 'https://a.test/cover.jpg', type: 'image/jpeg', length: 1 },
    { url: 'https://a.test/talk.mp3', type: 'audio/mpeg', length: 1 },
    { url: 'https://a.test/thumb.jpg', type: 'image/*', length: null },
  ];
  assert.deepEqual(imageUrlsOf(html, enclosures), [
    'https://a.test/1.png',
    'https://a.test/lazy.png',
    'https://a.test/p.webp',
    'https://a.test/q.jpg',
    'https://a.test/cover.jpg',
    'https://a.test/thumb.jpg',
  ]);
});

test('tag names in any case; a post without an <img> shows no image of its own', () => {
  assert.deepEqual(imageUrlsOf('<P><IMG\nSRC="https://a.test/up.png"></P>'), [
    'https://a.test/up.png',
  ]);
  assert.deepEqual(imageUrlsOf('<picture><source srcset="https://a.test/s.webp"></picture>'), []);
  assert.deepEqual(imageUrlsOf('<p>text only, &lt;img src="https://a.test/no.png"&gt;</p>'), []);
});

test('a hostile post cannot make the cache fetch thousands of images', () => {
  const html = Array.from({ length: 5000 }, (_, i) => `<img src="https://a.test/${i}.png">`).join(
    '',
  );
  assert.equal(imageUrlsOf(html).length, maxImagesPerPost);
});
