// One PNG encoder for the scripts (make-icons.ts) and the tests (test/support/png.ts, images.ts):
// the signature, IHDR, one IDAT holding the deflated rows, IEND. Node built-ins only.
import { crc32, deflateSync } from 'node:zlib';

/** PNG colour types used here: greyscale, truecolour, truecolour with alpha. */
const colourTypes = { grey: 0, rgb: 2, rgba: 6 } as const;

export interface PngImage {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: 1 | 8;
  readonly colour: keyof typeof colourTypes;
  /** Every row led by its filter byte (0: none), concatenated. */
  readonly rows: Buffer;
  /** zlib level (default: zlib's own). */
  readonly level?: number;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(image: PngImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = image.bitDepth;
  header[9] = colourTypes[image.colour];
  const options = image.level === undefined ? {} : { level: image.level };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(image.rows, options)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
