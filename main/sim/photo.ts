// Contact photos: a real 48×48 PNG per contact, a soft background colour derived from the URI with a darker
// disc in the middle (an avatar silhouette). Encoded by ./png.ts, no image library.
import { encodePng } from './png.js';

function hue(uri: string): [number, number, number] {
  let h = 0;
  for (const ch of uri) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const palette: Array<[number, number, number]> = [
    [0x4f, 0x8a, 0xc9],
    [0xc9, 0x6b, 0x4f],
    [0x5a, 0xa6, 0x6e],
    [0x9b, 0x6b, 0xc9],
    [0xc9, 0xa6, 0x3f],
    [0x3f, 0xa6, 0xa6],
  ];
  return palette[h % palette.length] ?? [0x80, 0x80, 0x80];
}

const cache = new Map<string, Buffer>();

export function photoPng(uri: string, size = 48): Buffer {
  const key = `${uri}|${size}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const [r, g, b] = hue(uri);
  const pixels = new Uint8Array(size * size * 3);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const head = (x - c) ** 2 + (y - size * 0.4) ** 2 < (size * 0.18) ** 2;
      const body = (x - c) ** 2 + (y - size * 1.05) ** 2 < (size * 0.42) ** 2;
      const k = head || body ? 0.55 : 1;
      const i = (y * size + x) * 3;
      pixels[i] = Math.round(r * k);
      pixels[i + 1] = Math.round(g * k);
      pixels[i + 2] = Math.round(b * k);
    }
  }
  const png = encodePng(size, 'rgb', pixels);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, png);
  return png;
}
