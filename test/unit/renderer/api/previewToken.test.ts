// The page finds the preview's token in its own path (/t/<token>/), not in a query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { previewToken, tokenQueryPart } from '../../../../renderer/api/previewToken.ts';

test('the token is the path segment after /t/, wherever the page is under it', () => {
  assert.equal(previewToken({ pathname: '/t/abc-DEF_1/' }), 'abc-DEF_1');
  assert.equal(previewToken({ pathname: '/t/abc/index.html' }), 'abc');
});

test('the desktop page (orrery://app/index.html) and other places have none', () => {
  for (const pathname of ['/index.html', '/', '/t/', '/t//', '/x/t/abc/', '/t/abc']) {
    assert.equal(previewToken({ pathname }), '', pathname);
  }
});

test('GET addresses get token=…& only when there is a token', () => {
  assert.equal(tokenQueryPart({ pathname: '/t/abc/' }), 'token=abc&');
  assert.equal(tokenQueryPart({ pathname: '/index.html' }), '');
});
