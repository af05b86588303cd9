// Map tiles for the portal page: 256 × 256 PNG images drawn from their coordinates, so that the map
// weighs what a street map's tiles weigh without any tile server. Each tile is a light background
// with blocks, parks and streets, and a little grain that keeps it from compressing to nothing
// (a rendered street-map tile is typically 10 to 25 KB).
import { deflateSync } from 'node:zlib';

const SIZE = 256;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
}

/** A small deterministic generator (mulberry32), seeded by the tile's coordinates. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The PNG image of tile z/x/y. */
export function tilePng(z, x, y) {
  const next = random(z * 73856093 + x * 19349663 + y * 83492791);
  const pixels = new Uint8Array(SIZE * SIZE * 3);
  const fill = (x0, y0, w, h, [r, g, b]) => {
    for (let j = Math.max(0, y0); j < Math.min(SIZE, y0 + h); j++)
      for (let i = Math.max(0, x0); i < Math.min(SIZE, x0 + w); i++) pixels.set([r, g, b], (j * SIZE + i) * 3);
  };
  fill(0, 0, SIZE, SIZE, [242, 239, 233]);
  for (let n = 0; n < 40; n++) {
    const shade = 215 + Math.floor(next() * 20);
    fill(Math.floor(next() * SIZE), Math.floor(next() * SIZE), 8 + Math.floor(next() * 40), 8 + Math.floor(next() * 30), [
      shade,
      shade - 4,
      shade - 10,
    ]);
  }
  for (let n = 0; n < 3; n++)
    fill(Math.floor(next() * SIZE), Math.floor(next() * SIZE), 30 + Math.floor(next() * 60), 20 + Math.floor(next() * 50), [200, 225, 190]);
  for (let n = 0; n < 6; n++) {
    const at = Math.floor(next() * SIZE);
    const width = 3 + Math.floor(next() * 6);
    if (n % 2) fill(at, 0, width, SIZE, [255, 255, 255]);
    else fill(0, at, SIZE, width, [255, 255, 255]);
  }
  // Grain: labels, antialiased edges and small features make real tiles compress far less than flat colours.
  for (let n = 0; n < 2600; n++) {
    const at = Math.floor(next() * SIZE * SIZE) * 3;
    const v = Math.floor(next() * 90) + 120;
    pixels.set([v, v, v + 10], at);
  }
  const rows = Buffer.alloc(SIZE * (SIZE * 3 + 1));
  for (let j = 0; j < SIZE; j++) {
    rows[j * (SIZE * 3 + 1)] = 0;
    rows.set(pixels.subarray(j * SIZE * 3, (j + 1) * SIZE * 3), j * (SIZE * 3 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
