#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-16.png … icon-128.png) with Node alone: no image tool is
 * installed on the build machines. The PNGs are committed; run `node scripts/build-icons.js` again
 * only when the drawing changes. The picture: a blue rounded tile with three rising white bars and a
 * green tick, readable at 16 px.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.join(__dirname, "..", "assets");
/** Sub-samples per pixel side: smooth edges without a rasteriser. */
const SS = 4;

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x7c, 0x10];

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of a point in unit coordinates (0..1), or null for transparent. */
function shade(u, v) {
  const tick = [
    [0.5, 0.3, 0.62, 0.42],
    [0.62, 0.42, 0.86, 0.14],
  ];
  for (const [ax, ay, bx, by] of tick) {
    if (distanceToSegment(u, v, ax, ay, bx, by) <= 0.075) return GREEN;
  }
  if (!insideRoundedRect(u, v, 0.04, 0.04, 0.96, 0.96, 0.18)) return null;
  const bars = [
    [0.2, 0.62],
    [0.42, 0.48],
    [0.64, 0.56],
  ];
  for (const [left, top] of bars) {
    if (u >= left && u <= left + 0.16 && v >= top && v <= 0.84) return WHITE;
  }
  return BLUE;
}

function drawRgba(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (y * size + x) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  // Each scanline starts with filter byte 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, drawRgba(size)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();
module.exports = { SIZES, encodePng, drawRgba };
