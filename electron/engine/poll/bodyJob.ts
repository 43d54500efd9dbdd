// A fetched body from the bytes on the wire to a parsed feed, where it is parsed (the worker):
// unpack it within the size limit, hash it, and parse it only when the hash is not the one
// stored from the last fetch. The main thread then handles a compressed body a quarter the size,
// and neither unpacks nor hashes it (zlib and sha-256 were a fifth of its time in a refresh).
import { createHash } from 'node:crypto';
import type { ContentCoding } from '../fetch/body.ts';
import { decodeBytes } from '../fetch/decodeBytes.ts';
import { tooLargeMessage } from '../fetch/messages.ts';
import type { ParseInput, ParseResult } from '../parse/types.ts';

export interface BodyJob extends ParseInput {
  readonly task: 'body';
  /** How `bytes` are compressed ('identity': not at all). */
  readonly coding: ContentCoding;
  /** Limit on the unpacked body. */
  readonly maxBytes: number;
  /** The hash stored from the last parsed fetch: the same body again is not parsed. */
  readonly knownBodyHash: string | null;
}

export type BodyResult =
  | { readonly kind: 'unchanged' }
  /** The body could not be unpacked within the limit: a fetch failure, said as the fetch says it. */
  | { readonly kind: 'undecodable'; readonly message: string }
  | (ParseResult & { readonly bodyHash?: string });

export type BodyParseFn = (job: BodyJob) => Promise<BodyResult>;

export async function runBodyJob(
  job: BodyJob,
  parse: (input: ParseInput) => Promise<ParseResult>,
): Promise<BodyResult> {
  const decoded = decodeBytes(job.bytes, job.coding, job.maxBytes);
  if (decoded.kind === 'too-large') {
    return { kind: 'undecodable', message: tooLargeMessage(job.maxBytes) };
  }
  if (decoded.kind === 'bad-encoding') {
    return {
      kind: 'undecodable',
      message: `The server said the feed was ${job.coding}-compressed, but it could not be unpacked.`,
    };
  }
  const bodyHash = createHash('sha256').update(decoded.bytes).digest('base64');
  if (bodyHash === job.knownBodyHash) return { kind: 'unchanged' };
  const parsed = await parse({ url: job.url, bytes: decoded.bytes, contentType: job.contentType });
  return { ...parsed, bodyHash };
}
