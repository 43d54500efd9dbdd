// Reads a response body as a stream, decompressing on the fly, and stops the moment the
// decompressed (or raw) size passes the limit, so a gzip bomb costs at most maxBytes plus
// one decoder chunk of memory.
import type { IncomingMessage } from 'node:http';
import {
  constants,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  createInflateRaw,
  type BrotliDecompress,
  type Gunzip,
  type Inflate,
  type InflateRaw,
} from 'node:zlib';

export type ContentCoding = 'identity' | 'gzip' | 'deflate' | 'br';

export type BodyResult =
  | { readonly kind: 'body'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'bad-encoding' };

type Decoder = Gunzip | Inflate | InflateRaw | BrotliDecompress;

/** Null when the server used a coding we never offered (or stacked several). */
export function parseContentCoding(header: string | null): ContentCoding | null {
  const codings = (header ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '' && part !== 'identity');
  if (codings.length === 0) return 'identity';
  if (codings.length > 1) return null;
  const [coding] = codings;
  if (coding === 'gzip' || coding === 'x-gzip') return 'gzip';
  if (coding === 'deflate' || coding === 'br') return coding;
  return null;
}

/** A premature end of the connection, as opposed to a limit we enforced. */
export class BodyInterrupted extends Error {
  readonly errorCode: string | undefined;
  constructor(cause: unknown) {
    super('The connection closed before the whole body arrived.', { cause });
    this.errorCode = (cause as { code?: string } | undefined)?.code;
  }
}

/**
 * Resolves with the body, or with too-large / bad-encoding (having destroyed the response);
 * rejects with BodyInterrupted when the connection breaks or is destroyed by the caller.
 */
export function readBody(
  response: IncomingMessage,
  coding: ContentCoding,
  maxBytes: number,
): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let decodedBytes = 0;
    let rawBytes = 0;
    let decoder: Decoder | null = null;
    let head: Buffer | null = null;
    let settled = false;

    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      if (result.kind !== 'body') {
        decoder?.destroy();
        response.destroy();
        chunks.length = 0;
      }
      resolve(result);
    };
    const interrupt = (cause: unknown): void => {
      if (settled) return;
      settled = true;
      decoder?.destroy();
      chunks.length = 0;
      reject(new BodyInterrupted(cause));
    };
    const takeDecoded = (chunk: Buffer): void => {
      if (settled) return;
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) return settle({ kind: 'too-large' });
      chunks.push(chunk);
    };
    const finishBody = (): void =>
      settle({ kind: 'body', bytes: Buffer.concat(chunks, decodedBytes) });

    const startDecoder = (first: Buffer): Decoder => {
      const created = createDecoder(coding, first);
      created.on('data', takeDecoded);
      created.once('end', finishBody);
      created.on('error', () => settle({ kind: 'bad-encoding' }));
      return created;
    };
    const feedDecoder = (chunk: Buffer): void => {
      if (decoder === null) {
        // Deflate's two forms are told apart by the first two bytes.
        head = head === null ? chunk : Buffer.concat([head, chunk]);
        if (coding === 'deflate' && head.length < 2) return;
        chunk = head;
        head = null;
        decoder = startDecoder(chunk);
      }
      if (!decoder.write(chunk)) {
        response.pause();
        decoder.once('drain', () => response.resume());
      }
    };

    response.on('data', (chunk: Buffer) => {
      if (settled) return;
      rawBytes += chunk.length;
      if (rawBytes > maxBytes) return settle({ kind: 'too-large' });
      if (coding === 'identity') takeDecoded(chunk);
      else feedDecoder(chunk);
    });
    response.once('end', () => {
      if (settled) return;
      if (coding === 'identity') return finishBody();
      if (decoder === null && head !== null) decoder = startDecoder(head);
      if (decoder === null) return finishBody();
      decoder.end();
    });
    response.on('error', interrupt);
    response.once('close', () => {
      if (!response.complete) interrupt(undefined);
    });
  });
}

function createDecoder(coding: ContentCoding, first: Buffer): Decoder {
  // Sync flush at the end tolerates servers that cut the compressed stream short, as browsers do.
  const zlibOptions = { finishFlush: constants.Z_SYNC_FLUSH };
  if (coding === 'gzip') return createGunzip(zlibOptions);
  if (coding === 'br')
    return createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH });
  if (coding === 'deflate')
    return looksZlibWrapped(first) ? createInflate(zlibOptions) : createInflateRaw(zlibOptions);
  throw new Error('identity bodies are read without a decoder');
}

/** RFC 1950 header: method 8, window <= 32K, and the check bits make the pair divisible by 31. */
export function looksZlibWrapped(bytes: Uint8Array): boolean {
  if (bytes.length < 2) return false;
  const cmf = bytes[0]!;
  const flg = bytes[1]!;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

/**
 * Throws away a body we do not need (redirects, errors) so the socket can be reused, but gives
 * up and destroys it after `maxBytes` or `graceMs`: a hostile server must not hold us.
 */
export function discardBody(
  response: IncomingMessage,
  graceMs: number,
  maxBytes = 64 * 1024,
): Promise<void> {
  return new Promise((resolve) => {
    // A complete response (a 304 has no body) is still read to its end below: only then does
    // its socket go back to the keep-alive pool. Resolving at once made every 304 of a refresh
    // open a connection of its own and keep it until the process ended.
    if (response.destroyed || response.readableEnded) {
      resolve();
      return;
    }
    let seen = 0;
    const timer = setTimeout(() => response.destroy(), Math.max(0, graceMs));
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    response.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) response.destroy();
    });
    response.on('error', () => {});
    response.once('end', done);
    response.once('close', done);
    response.resume();
  });
}
