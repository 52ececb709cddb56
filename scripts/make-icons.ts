// Draws the app and tray icons as PNG files into assets/ (run once: `npx tsx scripts/make-icons.ts`; the PNGs are
// committed). Shapes are signed-distance functions sampled 4×4 per pixel, so edges are anti-aliased at every size.
// Tray: one icon per state (connected, reconnecting, signed out, unseen changes), 16 px + @2x for Linux/Windows in
// colour, and macOS template images (black + alpha, `*Template.png`) that the menu bar tints itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from '../main/sim/png.js';

type RGBA = [number, number, number, number];
/** A shape: for a point in unit coordinates (0..1), its colour, or null when outside. Later layers paint over. */
type Layer = (x: number, y: number) => RGBA | null;

function render(size: number, layers: Layer[]): Buffer {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          let c: RGBA = [0, 0, 0, 0];
          for (const layer of layers) {
            const hit = layer(u, v);
            if (hit && hit[3] < 0) {
              c = [c[0], c[1], c[2], 0]; // erase (template knock-outs)
            } else if (hit) {
              const [hr, hg, hb, ha] = hit;
              const [cr, cg, cb, ca] = c;
              const oa = ha + ca * (1 - ha);
              c =
                oa === 0
                  ? [0, 0, 0, 0]
                  : [
                      (hr * ha + cr * ca * (1 - ha)) / oa,
                      (hg * ha + cg * ca * (1 - ha)) / oa,
                      (hb * ha + cb * ca * (1 - ha)) / oa,
                      oa,
                    ];
            }
          }
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (y * size + x) * 4;
      px[i] = a ? Math.round(r / a) : 0;
      px[i + 1] = a ? Math.round(g / a) : 0;
      px[i + 2] = a ? Math.round(b / a) : 0;
      px[i + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return encodePng(size, 'rgba', px, { level: 9 });
}

const circle =
  (cx: number, cy: number, r: number, color: RGBA): Layer =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) <= r ? color : null;
const ring =
  (cx: number, cy: number, r: number, w: number, color: RGBA, gapFrom?: number, gapTo?: number): Layer =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    if (Math.abs(d - r) > w / 2) return null;
    if (gapFrom !== undefined && gapTo !== undefined) {
      const angle = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
      if (angle > gapFrom && angle < gapTo) return null;
    }
    return color;
  };
const roundedSquare =
  (inset: number, radius: number, top: RGBA, bottom: RGBA): Layer =>
  (x, y) => {
    const qx = Math.max(Math.abs(x - 0.5) - (0.5 - inset - radius), 0);
    const qy = Math.max(Math.abs(y - 0.5) - (0.5 - inset - radius), 0);
    if (Math.hypot(qx, qy) > radius) return null;
    const t = y;
    return [
      top[0] + (bottom[0] - top[0]) * t,
      top[1] + (bottom[1] - top[1]) * t,
      top[2] + (bottom[2] - top[2]) * t,
      1,
    ];
  };

/** The app's glyph: a person (head and shoulders) in front of a half-open eye ring: "who sees what". */
function person(color: RGBA, scale = 1, cx = 0.5, cy = 0.5): Layer[] {
  const s = (v: number) => v * scale;
  return [
    circle(cx, cy - s(0.12), s(0.12), color),
    (x, y) => {
      const dx = (x - cx) / s(0.24);
      const dy = (y - (cy + s(0.26))) / s(0.2);
      return dx * dx + dy * dy <= 1 && y <= cy + s(0.26) ? color : null;
    },
  ];
}

const WHITE: RGBA = [255, 255, 255, 1];
const BLACK: RGBA = [0, 0, 0, 1];
const STATE_COLOURS: Record<string, RGBA> = {
  connected: [46, 160, 67, 1],
  reconnecting: [219, 154, 4, 1],
  signedOut: [120, 124, 130, 1],
  unseen: [31, 111, 235, 1],
};
const ALERT: RGBA = [218, 54, 51, 1];

function trayLayers(state: string, template: boolean): Layer[] {
  const c = template ? BLACK : (STATE_COLOURS[state] ?? BLACK);
  const glyph = WHITE;
  switch (state) {
    case 'connected':
      return [circle(0.5, 0.5, 0.47, c), ...person(glyph, 0.9).map(knockout(template))];
    case 'reconnecting':
      return [ring(0.5, 0.5, 0.38, 0.14, c, -60, 10), circle(0.5, 0.5, 0.14, c)];
    case 'signedOut':
      return [ring(0.5, 0.5, 0.38, 0.12, c), circle(0.5, 0.5, 0.1, template ? [0, 0, 0, 0.5] : c)];
    case 'unseen':
      return [
        circle(0.5, 0.5, 0.47, c),
        ...person(glyph, 0.9).map(knockout(template)),
        circle(0.8, 0.2, 0.2, template ? BLACK : ALERT),
      ];
    default:
      return [];
  }
}

/** In template images the glyph is cut out of the disc (transparent) rather than painted white. */
function knockout(template: boolean): (layer: Layer) => Layer {
  return (layer) => (template ? (x, y) => (layer(x, y) ? [0, 0, 0, -1] : null) : layer);
}

function writePng(path: string, png: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

export function makeIcons(outDir = assets): string[] {
  const written: string[] = [];
  const put = (rel: string, png: Buffer) => {
    writePng(join(outDir, rel), png);
    written.push(rel);
  };
  for (const state of Object.keys(STATE_COLOURS)) {
    put(`tray/${state}.png`, render(16, trayLayers(state, false)));
    put(`tray/${state}@2x.png`, render(32, trayLayers(state, false)));
    put(`tray/${state}Template.png`, render(16, trayLayers(state, true)));
    put(`tray/${state}Template@2x.png`, render(32, trayLayers(state, true)));
  }
  const app: Layer[] = [
    roundedSquare(0.06, 0.2, [64, 140, 255, 1], [24, 84, 200, 1]),
    ring(0.5, 0.5, 0.3, 0.05, [255, 255, 255, 0.55], -150, -30),
    ...person(WHITE, 0.95, 0.5, 0.53),
  ];
  for (const size of [512, 256, 128, 64, 32, 16])
    put(size === 512 ? 'icon.png' : `icon-${size}.png`, render(size, app));
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of makeIcons()) console.log(`assets/${file}`);
}
