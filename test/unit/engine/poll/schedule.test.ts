import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  backoffMinutes,
  nextCheckAt,
  maxIntervalMinutes,
} from '../../../../electron/engine/poll/schedule.ts';

const now = new Date('2015-01-13T02:28:00Z');
const base = {
  now,
  intervalMinutes: 60,
  ttlMinutes: null,
  cache: null,
  errorCount: 0,
  retryAfter: null,
  random: () => 0.5,
};
const minutesFromNow = (iso: string) => (Date.parse(iso) - now.getTime()) / 60_000;

test('a healthy feed is checked again after its interval', () => {
  assert.equal(minutesFromNow(nextCheckAt(base)), 60);
});

test('RSS ttl longer than the interval is honoured (WordPress sy:updatePeriod hourly, Ghost ttl 60)', () => {
  assert.equal(minutesFromNow(nextCheckAt({ ...base, ttlMinutes: 180 })), 180);
});

test('Cache-Control max-age and Expires push the next check later, never earlier', () => {
  assert.equal(
    minutesFromNow(nextCheckAt({ ...base, cache: { maxAgeSeconds: 7200, expires: null } })),
    120,
  );
  assert.equal(
    minutesFromNow(nextCheckAt({ ...base, cache: { maxAgeSeconds: 60, expires: null } })),
    60,
  );
  const expires = new Date(now.getTime() + 90 * 60_000).toISOString();
  assert.equal(
    minutesFromNow(nextCheckAt({ ...base, cache: { maxAgeSeconds: null, expires } })),
    90,
  );
});

test('a server hint of years is capped at a day', () => {
  assert.equal(
    minutesFromNow(nextCheckAt({ ...base, ttlMinutes: 10_000_000 })),
    maxIntervalMinutes,
  );
});

test('failures back off exponentially from the interval, with jitter, capped at a day', () => {
  assert.equal(
    backoffMinutes(1, 60, () => 0.5),
    60,
  );
  assert.equal(
    backoffMinutes(2, 60, () => 0.5),
    120,
  );
  assert.equal(
    backoffMinutes(3, 60, () => 0.5),
    240,
  );
  assert.equal(
    backoffMinutes(30, 60, () => 0.5),
    maxIntervalMinutes,
  );
  assert.equal(
    backoffMinutes(2, 60, () => 0),
    96,
  );
  assert.ok(backoffMinutes(2, 60, () => 0.999) < 144.1);
});

test('Retry-After is honoured even when it is later than the backoff', () => {
  const retryAfter = new Date(now.getTime() + 5 * 60 * 60_000).toISOString();
  assert.equal(minutesFromNow(nextCheckAt({ ...base, errorCount: 1, retryAfter })), 300);
});

test('a hostile Retry-After of years is capped at a week', () => {
  const retryAfter = new Date(now.getTime() + 3 * 365 * 24 * 60 * 60_000).toISOString();
  assert.equal(minutesFromNow(nextCheckAt({ ...base, retryAfter })), 7 * 24 * 60);
});
