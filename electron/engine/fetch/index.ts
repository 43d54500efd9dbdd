// The fetch stage's public face for the poller.
export { conditionalGet, fetchDefaults } from './conditionalGet.ts';
export { createConcurrencyLimiter } from './limiter.ts';
export type { ConcurrencyLimiterOptions, InspectableLimiter } from './limiter.ts';
export { describeOutcome } from './describeOutcome.ts';
export { parseCacheHints, parseRetryAfter } from './headers.ts';
export { defaultUserAgent } from './userAgent.ts';
export type * from './types.ts';
