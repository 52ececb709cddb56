// A minimal PNG encoder (8-bit RGB or RGBA, no filtering) on node:zlib: the simulator's contact photos and the
// app icons (scripts/make-icons.ts) are drawn pixel by pixel and need nothing more than this.
import { deflateSync, type ZlibOptions } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A square PNG from `pixels`: rows top to bottom, 3 (rgb) or 4 (rgba) bytes a pixel, no padding.
 * `deflate`: zlib options for the image data (the default level suits photos made per request).
 */
export function encodePng(
  size: number,
  channels: 'rgb' | 'rgba',
  pixels: Uint8Array,
  deflate: ZlibOptions = {},
): Buffer {
  const bytesPerPixel = channels === 'rgb' ? 3 : 4;
  const stride = size * bytesPerPixel;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = channels === 'rgb' ? 2 : 6; // truecolour, or truecolour with alpha
  const raw = Buffer.alloc(size * (stride + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, pixels.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, deflate)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
