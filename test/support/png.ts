// A real PNG of a given size (one grey, 1 bit per pixel), for tests that need an image to load
// with known natural dimensions.
import { encodePng } from '../../scripts/png.ts';

export function pngOfSize(width: number, height: number): Buffer {
  const row = Buffer.alloc(1 + Math.ceil(width / 8), 0x55);
  row[0] = 0; // no filter
  const rows = Buffer.concat(Array.from({ length: height }, () => row));
  return encodePng({ width, height, bitDepth: 1, colour: 'grey', rows });
}
