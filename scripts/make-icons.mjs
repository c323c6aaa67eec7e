// Draws the toolbar icon (a cup on a blue rounded square) as PNGs in public/icon/.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function pixel(x, y) {
  // Unit square coordinates, sampled at the pixel centre.
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const white = [255, 255, 255, 255];
  const cup = x >= 0.22 && x <= 0.64 && y >= 0.38 && y <= 0.78 && !(y > 0.7 && (x < 0.26 || x > 0.6));
  const hx = x - 0.66;
  const hy = y - 0.52;
  const handle = Math.hypot(hx, hy) <= 0.12 && Math.hypot(hx, hy) >= 0.06 && x > 0.64;
  const steam = (Math.abs(x - 0.35 - 0.03 * Math.sin(y * 30)) < 0.03 || Math.abs(x - 0.5 - 0.03 * Math.sin(y * 30)) < 0.03) && y > 0.16 && y < 0.32;
  if (cup || handle || steam) return white;
  return [10, 102, 194, 255];
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const p = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 4; i++) acc[i] += p[i];
        }
      row.push(...acc.map((v) => Math.round(v / samples ** 2)));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
