// The pure parts of embed cards and media blocks: where a card links and what it names, what kind
// an enclosure is, and which media go under the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedTarget, providerName } from '../../../../renderer/article/embedLinks.ts';
import {
  describeFile,
  enclosureKind,
  enclosuresHtml,
} from '../../../../renderer/article/enclosures.ts';

test('embed cards link the watch page and name the provider by host', () => {
  const yt = new URL('https://www.youtube-nocookie.com/embed/Tq3xK8vLw0E?rel=0');
  assert.equal(embedTarget(yt), 'https://www.youtube.com/watch?v=Tq3xK8vLw0E');
  assert.equal(providerName(yt), 'youtube.com');
  const vimeo = new URL('https://player.vimeo.com/video/123456?h=abc');
  assert.equal(embedTarget(vimeo), 'https://vimeo.com/123456');
  assert.equal(providerName(vimeo), 'vimeo.com');
  const peertube = new URL('https://tube.example.org/videos/embed/9c9de5e8-0a1e');
  assert.equal(embedTarget(peertube), peertube.href);
  assert.equal(providerName(peertube), 'tube.example.org');
});

test('enclosure kinds from the type, else from the file name', () => {
  assert.equal(
    enclosureKind({ url: 'https://x.example/a.mp3', type: 'audio/mpeg', length: 1 }),
    'audio',
  );
  assert.equal(
    enclosureKind({ url: 'https://x.example/a', type: 'video/mp4', length: null }),
    'video',
  );
  assert.equal(
    enclosureKind({ url: 'https://x.example/a.ogg', type: null, length: null }),
    'audio',
  );
  assert.equal(
    enclosureKind({ url: 'https://x.example/a.JPG', type: null, length: null }),
    'image',
  );
  assert.equal(
    enclosureKind({ url: 'https://x.example/a.pdf', type: 'application/pdf', length: 9 }),
    'other',
  );
  assert.equal(
    describeFile({ url: 'https://x.example/ep.mp3', type: 'audio/mpeg', length: 45_644_117 }),
    'MP3, 45.6 MB',
  );
});

test('players for audio and video, images only when the content lacks them, nothing for other schemes', () => {
  const html = enclosuresHtml(
    [
      { url: 'https://pod.example/ep.mp3', type: 'audio/mpeg', length: 3_000_000 },
      { url: 'https://img.example/in-text.jpg', type: 'image/jpeg', length: null },
      { url: 'https://img.example/attached.jpg', type: 'image/jpeg', length: null },
      { url: 'javascript:alert(1)', type: 'audio/mpeg', length: null },
      { url: 'https://pod.example/ep.mp3', type: 'audio/mpeg', length: 3_000_000 },
    ],
    '<p><img src="https://img.example/in-text.jpg"></p>',
  );
  assert.equal(html.match(/<audio controls/g)?.length, 1);
  assert.match(
    html,
    /<a href="https:\/\/pod\.example\/ep\.mp3" download>Download audio \(MP3, 3\.0 MB\)<\/a>/,
  );
  assert.match(html, /attached\.jpg/);
  assert.doesNotMatch(html, /in-text\.jpg/);
  assert.doesNotMatch(html, /javascript/);
  assert.equal(enclosuresHtml([], '<p>x</p>'), '');
  assert.doesNotMatch(
    enclosuresHtml([{ url: 'https://a.example/"><script>', type: 'audio/mpeg', length: null }], ''),
    /"><script>/,
  );
});
