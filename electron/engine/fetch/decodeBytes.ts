// Unpacks a body that was fetched compressed (FetchOptions.keepEncoded), where it is parsed: the
// same codings and the same bound as readBody (body.ts) applies while streaming: more than
// maxBytes unpacked is too large (a gzip bomb stops there), a stream that cannot be unpacked is
// bad-encoding, and one cut short is taken as far as it goes, as browsers do.
import {
  brotliDecompressSync,
  constants,
  gunzipSync,
  inflateRawSync,
  inflateSync,
  type ZlibOptions,
} from 'node:zlib';
import { looksZlibWrapped, type BodyResult, type ContentCoding } from './body.ts';

export function decodeBytes(
  bytes: Uint8Array,
  coding: ContentCoding,
  maxBytes: number,
): BodyResult {
  if (coding === 'identity') {
    return bytes.length > maxBytes ? { kind: 'too-large' } : { kind: 'body', bytes };
  }
  const options: ZlibOptions = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes };
  try {
    const unpacked =
      coding === 'gzip'
        ? gunzipSync(bytes, options)
        : coding === 'br'
          ? brotliDecompressSync(bytes, {
              finishFlush: constants.BROTLI_OPERATION_FLUSH,
              maxOutputLength: maxBytes,
            })
          : looksZlibWrapped(bytes)
            ? inflateSync(bytes, options)
            : inflateRawSync(bytes, options);
    return { kind: 'body', bytes: unpacked };
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? { kind: 'too-large' }
      : { kind: 'bad-encoding' };
  }
}
