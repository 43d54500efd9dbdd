import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from '../../../../electron/engine/store/htmlText.ts';

test('words of the markup, tags as separators, script and style bodies dropped', () => {
  assert.equal(
    htmlToText(
      '<p>All about <b>btrfs</b> &amp; RAID1</p><p>next</p><script>var x</script><!-- c -->tail',
    ),
    'All about btrfs & RAID1 next tail',
  );
});

// A hostile feed's content: unclosed '<' over and over. The old regex chain rescanned to the end
// from every '<' (87 s for this input, freezing the app); one pass must finish long before the
// test's timeout.
test('hostile unclosed markup is one linear pass, not a freeze', { timeout: 20_000 }, () => {
  for (const hostile of ['a<'.repeat(200_000), '<!--'.repeat(100_000), '<script>'.repeat(50_000)]) {
    assert.equal(typeof htmlToText(hostile), 'string');
  }
});
