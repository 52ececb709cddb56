// Contact photos: a real 48×48 PNG per contact, a soft background colour derived from the URI with a darker
// disc in the middle (an avatar silhouette). Built with node:zlib, no image library.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

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
  const rows: Buffer[] = [];
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0
    for (let x = 0; x < size; x++) {
      const head = (x - c) ** 2 + (y - size * 0.4) ** 2 < (size * 0.18) ** 2;
      const body = (x - c) ** 2 + (y - size * 1.05) ** 2 < (size * 0.42) ** 2;
      const k = head || body ? 0.55 : 1;
      row[1 + x * 3] = Math.round(r * k);
      row[2 + x * 3] = Math.round(g * k);
      row[3 + x * 3] = Math.round(b * k);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, png);
  return png;
}
