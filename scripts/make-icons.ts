// Draws Orrery's icons (a sun, two orbits, two planets) and writes them as PNG files into build/:
// icon.png (1024 px, the app icon electron-builder converts for each platform), tray.png (32 px)
// and trayTemplate.png / trayTemplate@2x.png (macOS menu-bar template images, black + alpha).
// Usage: node scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png.ts';

type Rgba = readonly [number, number, number, number];
/** A shape answers the colour it paints at (x, y) in the unit square, or null. */
type Shape = (x: number, y: number) => Rgba | null;

const disc =
  (cx: number, cy: number, r: number, color: Rgba): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r ? color : null;

const ring =
  (cx: number, cy: number, r: number, width: number, color: Rgba): Shape =>
  (x, y) =>
    Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2 ? color : null;

const roundedSquare =
  (inset: number, radius: number, top: Rgba, bottom: Rgba): Shape =>
  (x, y) => {
    const lo = inset + radius;
    const hi = 1 - inset - radius;
    const dx = Math.max(lo - x, 0, x - hi);
    const dy = Math.max(lo - y, 0, y - hi);
    if (dx * dx + dy * dy > radius * radius) return null;
    const t = y;
    return top.map((c, i) => c + ((bottom[i] ?? c) - c) * t) as unknown as Rgba;
  };

const onOrbit = (r: number, degrees: number): [number, number] => [
  0.5 + r * Math.cos((degrees * Math.PI) / 180),
  0.5 + r * Math.sin((degrees * Math.PI) / 180),
];

function orrery(
  color: (part: 'ring' | 'sun' | 'inner' | 'outer') => Rgba,
  ringWidth: number,
): Shape[] {
  const inner = onOrbit(0.25, -40);
  const outer = onOrbit(0.38, 150);
  return [
    ring(0.5, 0.5, 0.25, ringWidth, color('ring')),
    ring(0.5, 0.5, 0.38, ringWidth, color('ring')),
    disc(0.5, 0.5, 0.11, color('sun')),
    disc(inner[0], inner[1], 0.055, color('inner')),
    disc(outer[0], outer[1], 0.07, color('outer')),
  ];
}

/** Paints shapes in order (later on top), 4×4 samples per pixel, straight alpha. */
function render(size: number, shapes: readonly Shape[]): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color: Rgba = [0, 0, 0, 0];
          for (const shape of shapes) {
            const top = shape(x, y);
            if (!top) continue;
            const ta = top[3] / 255;
            const ba = color[3] / 255;
            const oa = ta + ba * (1 - ta);
            const mix = (i: 0 | 1 | 2) =>
              oa === 0 ? 0 : (top[i] * ta + color[i] * ba * (1 - ta)) / oa;
            color = [mix(0), mix(1), mix(2), oa * 255];
          }
          const weight = color[3] / 255;
          r += color[0] * weight;
          g += color[1] * weight;
          b += color[2] * weight;
          a += weight;
        }
      }
      const offset = 1 + px * 4;
      row[offset] = a === 0 ? 0 : Math.round(r / a);
      row[offset + 1] = a === 0 ? 0 : Math.round(g / a);
      row[offset + 2] = a === 0 ? 0 : Math.round(b / a);
      row[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
    rows.push(row);
  }
  return encodePng({
    width: size,
    height: size,
    bitDepth: 8,
    colour: 'rgba',
    rows: Buffer.concat(rows),
    level: 9,
  });
}

const palette = {
  ring: [255, 255, 255, 110],
  sun: [245, 184, 61, 255],
  inner: [110, 198, 255, 255],
  outer: [255, 122, 89, 255],
} as const satisfies Record<string, Rgba>;

const appIcon = [
  roundedSquare(0.06, 0.2, [27, 42, 74, 255], [14, 22, 44, 255]),
  ...orrery((part) => palette[part], 0.016),
];
const trayColour = [
  roundedSquare(0, 0.22, [27, 42, 74, 255], [14, 22, 44, 255]),
  ...orrery((part) => (part === 'ring' ? [255, 255, 255, 170] : palette[part]), 0.06),
];
const template = orrery((part) => (part === 'ring' ? [0, 0, 0, 200] : [0, 0, 0, 255]), 0.07);

const outDir = join(import.meta.dirname, '..', 'build');
mkdirSync(outDir, { recursive: true });
const files: [string, Buffer][] = [
  ['icon.png', render(1024, appIcon)],
  ['tray.png', render(32, trayColour)],
  ['trayTemplate.png', render(16, template)],
  ['trayTemplate@2x.png', render(32, template)],
];
for (const [name, png] of files) {
  writeFileSync(join(outDir, name), png);
  console.log(`build/${name}: ${png.length} bytes`);
}
