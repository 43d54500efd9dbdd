import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decideMainFrameNavigation,
  decideRedirect,
  decideSubframeNavigation,
  decideWindowOpen,
} from '../../../electron/shell/navigation.ts';

test('the main frame never navigates; a followed web link goes to the browser', () => {
  assert.deepEqual(decideMainFrameNavigation('https://example.org/post'), {
    allow: false,
    openExternally: 'https://example.org/post',
  });
  assert.deepEqual(decideMainFrameNavigation('orrery://app/other.html'), {
    allow: false,
    openExternally: null,
  });
});

test('navigations to dangerous schemes are refused and never opened outside', () => {
  for (const url of [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'smb://host/share',
  ]) {
    assert.deepEqual(decideMainFrameNavigation(url), { allow: false, openExternally: null }, url);
    assert.deepEqual(decideSubframeNavigation(url), { allow: false, openExternally: null }, url);
    assert.deepEqual(decideWindowOpen(url), { allow: false, openExternally: null }, url);
  }
});

test('new windows are never opened; mailto and web links go to the system instead', () => {
  assert.deepEqual(decideWindowOpen('mailto:a@example.org'), {
    allow: false,
    openExternally: 'mailto:a@example.org',
  });
  assert.equal(decideWindowOpen('https://example.org/').allow, false);
});

test('the article iframe may load its srcdoc document, but a link in it leaves for the browser', () => {
  assert.equal(decideSubframeNavigation('about:srcdoc').allow, true);
  assert.equal(decideSubframeNavigation('about:blank').allow, true);
  assert.deepEqual(decideSubframeNavigation('http://blog.example.org/post'), {
    allow: false,
    openExternally: 'http://blog.example.org/post',
  });
});

test('redirects stay inside our own origin and are never opened outside', () => {
  assert.equal(decideRedirect('orrery://app/index.html').allow, true);
  assert.deepEqual(decideRedirect('https://example.org/'), { allow: false, openExternally: null });
  assert.deepEqual(decideRedirect('orrery://elsewhere/'), { allow: false, openExternally: null });
});
