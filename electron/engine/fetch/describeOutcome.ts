// One sentence for the person looking at a feed that did not update; null when all is well.
import { statusLabel } from './messages.ts';
import type { FetchOutcome } from './types.ts';

export function describeOutcome(outcome: FetchOutcome): string | null {
  switch (outcome.kind) {
    case 'ok':
    case 'not-modified':
      return null;
    case 'gone':
      return 'The server says this feed is gone for good (410 Gone).';
    case 'throttled':
      return outcome.retryAfter === null
        ? `The server asked Orrery to slow down (${statusLabel(outcome.status)}).`
        : `The server asked Orrery to slow down (${statusLabel(outcome.status)}) and to come back after ${readableTime(outcome.retryAfter)}.`;
    case 'http-error':
    case 'network-error':
      return outcome.message;
  }
}

/** "2026-11-25 14:05 UTC": unambiguous without knowing the reader's locale. */
function readableTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
