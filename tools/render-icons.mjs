#!/usr/bin/env node
// Renders resources/icons/icon.svg to the PNG sizes the installers and the window need, with Debian Chromium.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '../resources/icons');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = readFileSync(resolve(DIR, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
  const png = await page.locator('img').screenshot({ omitBackground: true });
  // electron-builder's Linux target reads NxN.png from the icons folder; icon.png (512) serves the window and mac/win.
  writeFileSync(resolve(DIR, `${size}x${size}.png`), png);
  if (size === 512) writeFileSync(resolve(DIR, 'icon.png'), png);
}
await browser.close();
console.log(`rendered ${SIZES.join(', ')} px into ${DIR}`);
