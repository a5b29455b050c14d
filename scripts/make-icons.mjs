// Writes the app icons as PNGs with no image library: a calm, neutral mark (three
// stepping stones on a teal field) that says nothing about what the app is for.
// Run `npm run icons` after changing the design; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x2f, 0x5d, 0x62];
const FG = [0xf4, 0xf1, 0xea];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage (0..1) of a pixel by three discs rising left to right, anti-aliased. */
function coverage(x, y, size, scale) {
  const stones = [
    [0.3, 0.68, 0.1],
    [0.5, 0.5, 0.1],
    [0.7, 0.32, 0.1],
  ];
  let best = 0;
  for (const [cx, cy, r] of stones) {
    const px = 0.5 + (cx - 0.5) * scale;
    const py = 0.5 + (cy - 0.5) * scale;
    const d = Math.hypot(x + 0.5 - px * size, y + 0.5 - py * size) - r * scale * size;
    best = Math.max(best, Math.min(1, Math.max(0, 0.5 - d)));
  }
  return best;
}

function png(size, { maskable }) {
  // Maskable icons keep the mark inside the central safe zone (80 % circle).
  const scale = maskable ? 0.75 : 1;
  const radius = maskable ? 0 : size * 0.18;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, scale);
      const i = 1 + x * 4;
      for (let k = 0; k < 3; k++) row[i + k] = Math.round(BG[k] * (1 - c) + FG[k] * c);
      row[i + 3] = cornerAlpha(x, y, size, radius);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function cornerAlpha(x, y, size, radius) {
  if (radius === 0) return 255;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) - radius;
  return Math.round(255 * Math.min(1, Math.max(0, 0.5 - d)));
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, { maskable: false }));
writeFileSync(new URL('icon-512.png', out), png(512, { maskable: false }));
writeFileSync(new URL('maskable-512.png', out), png(512, { maskable: true }));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, { maskable: true }));
console.log('icons written to public/icons/');
