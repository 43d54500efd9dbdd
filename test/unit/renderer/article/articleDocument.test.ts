import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  articleCsp,
  articleSandbox,
  articleSrcdoc,
} from '../../../../renderer/article/articleDocument.ts';

test('the article frame may never run scripts', () => {
  assert.ok(!articleSandbox.includes('allow-scripts'));
  assert.ok(!articleSandbox.includes('allow-top-navigation'));
  assert.ok(!articleSandbox.includes('allow-forms'));
});

test('the article document carries a CSP that blocks everything but images and inline styles', () => {
  const doc = articleSrcdoc('<p>hello</p>', 'dark');
  assert.ok(doc.startsWith('<!doctype html><html data-theme="dark">'));
  assert.ok(doc.includes(`<meta http-equiv="Content-Security-Policy" content="${articleCsp}">`));
  assert.ok(
    doc.indexOf('Content-Security-Policy') < doc.indexOf('<body>'),
    'the policy comes first',
  );
  assert.match(articleCsp, /default-src 'none'/);
  assert.match(articleCsp, /script-src 'none'/);
  assert.match(articleCsp, /form-action 'none'/);
  assert.match(articleCsp, /base-uri 'none'/);
  assert.match(articleCsp, /img-src 'self' data:(;|$)/);
  assert.ok(doc.endsWith('<body><p>hello</p></body></html>'));
});
