// Re-encodes a screenshot (an 8-bit RGB PNG, as Chromium writes them) with a palette of its 256 most
// frequent colours, every other pixel taking the nearest of them. Text on flat colours has few colours
// besides the edges of its letters: the picture looks the same and weighs about half.
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The value PNG's filter `type` predicts for a byte from its neighbours on the left, above, and above left. */
function predict(type, left, up, upLeft) {
  if (type === 0) return 0;
  if (type === 1) return left;
  if (type === 2) return up;
  if (type === 3) return (left + up) >> 1;
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [left, up, upLeft].map((value) => Math.abs(estimate - value));
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
}

/** The width, the height and the pixels (red, green, blue, row after row) of an 8-bit RGB, non-interlaced PNG. */
export function decodeRgb(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const data = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      if (body[8] !== 8 || body[9] !== 2 || body[12] !== 0) throw new Error('only 8-bit RGB, non-interlaced PNGs are read');
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const filtered = inflateSync(Buffer.concat(data));
  const stride = width * 3;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const type = filtered[y * (stride + 1)];
    const line = y * (stride + 1) + 1;
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const left = i >= 3 ? pixels[row + i - 3] : 0;
      const up = y ? pixels[row - stride + i] : 0;
      const upLeft = y && i >= 3 ? pixels[row - stride + i - 3] : 0;
      // A byte array keeps the sum modulo 256, as PNG's arithmetic does.
      pixels[row + i] = filtered[line + i] + predict(type, left, up, upLeft);
    }
  }
  return { width, height, pixels };
}

const chunk = (type, body) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
};

/** `png` (8-bit RGB) as an 8-bit palette PNG of its 256 most frequent colours. */
export function withPalette(png) {
  const { width, height, pixels } = decodeRgb(png);
  const colourAt = (offset) => pixels.readUIntBE(offset, 3);
  const counts = new Map();
  for (let at = 0; at < pixels.length; at += 3) counts.set(colourAt(at), (counts.get(colourAt(at)) ?? 0) + 1);
  const palette = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 256)
    .map(([colour]) => colour);
  const channels = (colour) => [colour >> 16, (colour >> 8) & 255, colour & 255];
  const index = new Map(palette.map((colour, at) => [colour, at]));
  /** The palette's nearest colour to `colour`, by squared distance in RGB, remembered. */
  const nearest = (colour) => {
    const [red, green, blue] = channels(colour);
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((candidate, at) => {
      const [r, g, b] = channels(candidate);
      const distance = (r - red) ** 2 + (g - green) ** 2 + (b - blue) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [at, distance];
    });
    index.set(colour, best);
    return best;
  };
  // Each row: filter type 0 (none), as PNG advises for palettes, then one index per pixel.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const colour = colourAt((y * width + x) * 3);
      rows[y * (width + 1) + 1 + x] = index.get(colour) ?? nearest(colour);
    }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap(channels))),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
