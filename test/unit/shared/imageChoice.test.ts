import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bestSrcsetCandidate,
  chosenImageUrl,
  isTrackingPixel,
} from '../../../shared/imageChoice.ts';

const attrs =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name];

test('srcset: the widest candidate, widths over densities, junk ignored', () => {
  assert.equal(bestSrcsetCandidate('a.jpg 480w, b.jpg 1080w, c.jpg 720w'), 'b.jpg');
  assert.equal(bestSrcsetCandidate('a.jpg, b.jpg 2x'), 'b.jpg');
  assert.equal(bestSrcsetCandidate('a.jpg 2x, b.jpg 300w'), 'b.jpg');
  assert.equal(bestSrcsetCandidate(''), null);
  assert.equal(bestSrcsetCandidate(' , ,'), null);
});

test('the chosen image: lazy attributes over a placeholder src, then srcset, then src; only http(s)', () => {
  assert.equal(
    chosenImageUrl(
      attrs({ src: 'data:image/gif;base64,AAA', 'data-src': 'https://x.test/real.jpg' }),
    ),
    'https://x.test/real.jpg',
  );
  assert.equal(
    chosenImageUrl(attrs({ src: 'https://x.test/s.jpg', srcset: 'https://x.test/l.jpg 900w' })),
    'https://x.test/l.jpg',
  );
  assert.equal(
    chosenImageUrl(attrs({ src: 'https://X.test/a b.jpg' })),
    'https://x.test/a%20b.jpg',
  );
  assert.equal(chosenImageUrl(attrs({ src: 'javascript:alert(1)' })), null);
  assert.equal(chosenImageUrl(attrs({ src: '/relative.jpg' })), null);
});

test('tracking pixels: 1×1 or 0-sized declarations and known counters; real images are not', () => {
  assert.ok(isTrackingPixel('https://x.test/a.gif', attrs({ width: '1', height: '1' })));
  assert.ok(isTrackingPixel('https://x.test/a.gif', attrs({ height: '0' })));
  assert.ok(isTrackingPixel('http://feeds.feedburner.com/~r/Blog/~4/hQ2mVt7pL0E'));
  assert.ok(isTrackingPixel('https://medium.com/_/stat?event=post.clientViewed'));
  assert.ok(isTrackingPixel('https://pixel.wp.com/b.gif?host=x'));
  assert.ok(isTrackingPixel('https://stats.wordpress.com/b.gif'));
  assert.ok(!isTrackingPixel('https://x.test/a.gif', attrs({ width: '10', height: '1px0' })));
  assert.ok(!isTrackingPixel('https://cdn-images-1.medium.com/max/1024/1*abc.png'));
  assert.ok(!isTrackingPixel('https://feeds.feedburner.com/blog.png'));
  assert.ok(!isTrackingPixel('not a url'));
});
