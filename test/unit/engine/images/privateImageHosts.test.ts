// Which image addresses may reach a non-public address: only those on the host (and port) of a
// feed the user typed or imported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  imageOnUserGivenHost,
  userGivenHosts,
} from '../../../../electron/engine/images/privateImageHosts.ts';

const given = userGivenHosts([
  'http://intranet.corp:8080/feed.xml',
  'https://NAS.local/rss',
  'junk',
]);

test('an image on the host and port of a user-given feed may; another host or port may not', () => {
  assert.equal(imageOnUserGivenHost('http://intranet.corp:8080/a.png', given), true);
  assert.equal(imageOnUserGivenHost('https://nas.local/photos/b.jpg', given), true, 'case');
  assert.equal(imageOnUserGivenHost('http://intranet.corp/a.png', given), false, 'other port');
  assert.equal(imageOnUserGivenHost('http://192.168.1.1/a.png', given), false);
  assert.equal(imageOnUserGivenHost('http://localhost:631/a.png', given), false);
  assert.equal(imageOnUserGivenHost('not a url', given), false);
  assert.equal(imageOnUserGivenHost('http://intranet.corp:8080/a.png', new Set()), false);
});
