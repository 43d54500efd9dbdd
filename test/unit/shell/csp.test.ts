import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { securityHeaders as previewHeaders } from '../../../electron/preview/securityHeaders.ts';
import {
  contentSecurityPolicy,
  injectCspMeta,
  metaContentSecurityPolicy,
  securityHeaders,
} from '../../../electron/shell/csp.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test('the policy denies by default and runs only our own scripts', () => {
  const policy = directives(contentSecurityPolicy);
  assert.deepEqual(policy.get('default-src'), ["'none'"]);
  assert.deepEqual(policy.get('script-src'), ["'self'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'none'"]);
  assert.deepEqual(policy.get('form-action'), ["'none'"]);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
  assert.ok(!contentSecurityPolicy.includes('unsafe-eval'));
  for (const [name, sources] of policy) {
    if (name !== 'style-src') assert.ok(!sources.includes("'unsafe-inline'"), name);
    assert.ok(!sources.includes('*'), name);
  }
});

test('article images may load over the network, but nothing else may connect out', () => {
  const policy = directives(contentSecurityPolicy);
  assert.deepEqual(policy.get('img-src'), ["'self'", 'data:'], 'images only from the cache');
  assert.deepEqual(policy.get('connect-src'), ["'self'"]);
});

test('the policy is the one the renderer page and the preview declare', () => {
  const page = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
  assert.equal(meta, metaContentSecurityPolicy);
  assert.equal(previewHeaders['content-security-policy'], contentSecurityPolicy);
});

test('the meta copy leaves out frame-ancestors, which a meta tag cannot carry', () => {
  assert.ok(!metaContentSecurityPolicy.includes('frame-ancestors'));
  assert.ok(metaContentSecurityPolicy.startsWith("default-src 'none'"));
});

test('every response carries the policy and nosniff', () => {
  const headers = securityHeaders('text/html; charset=utf-8');
  assert.equal(headers['content-security-policy'], contentSecurityPolicy);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['content-type'], 'text/html; charset=utf-8');
});

test('the meta tag goes first in the head, before any script', () => {
  const html = injectCspMeta(
    '<!doctype html><html><head lang="en"><script src="a.js"></script></head></html>',
  );
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));
  assert.ok(html.includes('<head lang="en"><meta http-equiv="Content-Security-Policy"'));
});

test('a page that already declares a policy is left as it is', () => {
  const page = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>`;
  assert.equal(injectCspMeta(page), page);
});
