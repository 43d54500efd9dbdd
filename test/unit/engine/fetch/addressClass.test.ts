// Which addresses count as public (the SSRF guard's classification).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPublicAddress } from '../../../../electron/engine/fetch/addressClass.ts';

test('loopback, private, link-local, unspecified, CGNAT and reserved IPv4 are not public', () => {
  for (const ip of [
    '127.0.0.1',
    '127.255.255.254',
    '0.0.0.0',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata
    '100.64.0.1', // carrier-grade NAT
    '100.127.255.255',
    '192.0.2.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
  ]) {
    assert.equal(isPublicAddress(ip), false, ip);
  }
});

test('IPv6 loopback, unspecified, unique-local, link-local and mapped or NAT64 private IPv4 are not public', () => {
  for (const ip of [
    '::1',
    '::',
    '[::1]',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'febf::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1', // the same, as the URL parser writes it
    '::ffff:169.254.169.254',
    '::ffff:10.0.0.1',
    '::127.0.0.1', // IPv4-compatible
    '64:ff9b::a9fe:a9fe', // NAT64 of 169.254.169.254
    '2001:db8::1',
  ]) {
    assert.equal(isPublicAddress(ip), false, ip);
  }
});

test('internet addresses are public, including the neighbours of private ranges', () => {
  for (const ip of [
    '93.184.216.34',
    '8.8.8.8',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.1',
    '172.15.255.255',
    '172.32.0.1',
    '169.253.255.255',
    '11.0.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ]) {
    assert.equal(isPublicAddress(ip), true, ip);
  }
});

test('what is not an address is not public', () => {
  for (const text of ['', 'localhost', 'example.org', '127.0.0.1.nip.io', '999.1.1.1']) {
    assert.equal(isPublicAddress(text), false, text);
  }
});
