#!/usr/bin/env node
// Renders resources/icons/icon.svg (drawn by hand, no third-party artwork) to the icon files
// electron-builder needs: icon.png (1024), icon.ico (Windows), icon.icns (macOS) and
// linux/<size>x<size>.png. Uses the system Chromium through playwright-core to rasterise the SVG,
// and writes the ICO and ICNS containers itself (both simply hold PNG images).
// Usage: node scripts/make-icons.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'resources', 'icons');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS OSType per PNG size (Apple's icon family types that accept PNG data).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

async function render() {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const out = new Map();
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction('document.images[0] && document.images[0].complete');
      out.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return out;
  } finally {
    await browser.close();
  }
}

function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const [size, data] of pngs) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2);
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...pngs.map(([, d]) => d)]);
}

function icns(images) {
  const chunks = images.map(([type, data]) => {
    const h = Buffer.alloc(8);
    h.write(type, 0, 'ascii');
    h.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([h, data]);
  });
  const total = 8 + chunks.reduce((n, c) => n + c.length, 0);
  const h = Buffer.alloc(8);
  h.write('icns', 0, 'ascii');
  h.writeUInt32BE(total, 4);
  return Buffer.concat([h, ...chunks]);
}

const pngs = await render();
const get = (s) => pngs.get(s) ?? (() => { throw new Error(`no render at ${s}`); })();
fs.writeFileSync(path.join(dir, 'icon.png'), get(1024));
fs.writeFileSync(path.join(dir, 'icon.ico'), ico(ICO_SIZES.map((s) => [s, get(s)])));
fs.writeFileSync(path.join(dir, 'icon.icns'), icns(ICNS_TYPES.map(([t, s]) => [t, get(s)])));
fs.mkdirSync(path.join(dir, 'linux'), { recursive: true });
for (const s of LINUX_SIZES) fs.writeFileSync(path.join(dir, 'linux', `${s}x${s}.png`), get(s));
console.log(`Iconen geschreven naar ${path.relative(root, dir)}: icon.png, icon.ico, icon.icns, linux/*.png`);
