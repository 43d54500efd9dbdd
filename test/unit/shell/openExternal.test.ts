import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openExternalSafely } from '../../../electron/shell/openExternal.ts';

function recorder() {
  const opened: string[] = [];
  return { opened, open: async (url: string) => void opened.push(url) };
}

test('http, https and mailto links are handed to the system', async () => {
  const { opened, open } = recorder();
  assert.equal(await openExternalSafely('https://example.org/post?a=1', open), true);
  assert.equal(await openExternalSafely('http://example.org/', open), true);
  assert.equal(await openExternalSafely('mailto:someone@example.org', open), true);
  assert.deepEqual(opened, [
    'https://example.org/post?a=1',
    'http://example.org/',
    'mailto:someone@example.org',
  ]);
});

test('every other scheme is refused without being opened', async () => {
  const { opened, open } = recorder();
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'orrery://app/index.html',
    'chrome://settings',
    'not a url',
    '',
  ]) {
    assert.equal(await openExternalSafely(url, open), false, url);
  }
  assert.deepEqual(opened, []);
});

test('values that are not strings are refused', async () => {
  const { opened, open } = recorder();
  for (const value of [
    undefined,
    null,
    42,
    { href: 'https://example.org' },
    ['https://example.org'],
  ]) {
    assert.equal(await openExternalSafely(value, open), false);
  }
  assert.deepEqual(opened, []);
});

test('what is opened is the parsed, normalised address', async () => {
  const { opened, open } = recorder();
  await openExternalSafely('  HTTPS://Example.ORG/a b', open);
  assert.deepEqual(opened, ['https://example.org/a%20b']);
});

test('a failure to open is reported as false, not thrown', async () => {
  const failing = async () => {
    throw new Error('no browser');
  };
  assert.equal(await openExternalSafely('https://example.org/', failing), false);
});

test('a mailto link keeps only to, cc, bcc, subject and body (no attach=, no headers)', async () => {
  const { opened, open } = recorder();
  await openExternalSafely(
    'mailto:a@example.org?Subject=Hi%20there&attach=/etc/passwd&cc=b@example.org&X-Mailer=x&body=1+1#top',
    open,
  );
  await openExternalSafely(
    'mai\tlto:a@example.org?%61ttach=%2Fhome%2Fme%2F.ssh%2Fid_ed25519',
    open,
  );
  await openExternalSafely('MAILTO:?to=a@example.org&in-reply-to=%3Cid%3E&bcc=c@example.org', open);
  assert.deepEqual(opened, [
    'mailto:a@example.org?Subject=Hi%20there&cc=b@example.org&body=1+1',
    'mailto:a@example.org',
    'mailto:?to=a@example.org&bcc=c@example.org',
  ]);
});
