// Renderer bundle figures: the app as built once for this bench run (out/, the build the UI benches then load), the
// main chunk (the script index.html loads at start) raw and gzipped, how many locale chunks load on demand instead,
// and the UI font files shipped (woff2 only: Chromium never loads the woff fallbacks).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureRendererBuild } from './editor-browser';
import type { BenchFigure } from './types';

const ROOT = resolve(import.meta.dirname, '../..');

export async function run(): Promise<BenchFigure[]> {
  ensureRendererBuild();
  const out = join(ROOT, 'out');
  const html = readFileSync(join(out, 'renderer/index.html'), 'utf8');
  const entry = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in the built index.html');
  const main = readFileSync(join(out, 'renderer', entry));
  const gz = gzipSync(main, { level: 9 }).length / 1024;
  const assets = readdirSync(join(out, 'renderer/assets'));
  const jsChunks = assets.filter((f) => f.endsWith('.js')).length;
  const fontKb = assets.filter((f) => /\.woff2?$/.test(f)).reduce((n, f) => n + statSync(join(out, 'renderer/assets', f)).size, 0) / 1024;
  const woff = assets.filter((f) => f.endsWith('.woff')).length;
  return [
    { name: 'renderer.mainChunk.gz', value: gz, unit: 'KB', target: '< 250 KB', ok: gz < 250 },
    { name: 'renderer.mainChunk.raw', value: main.length / 1024, unit: 'KB', target: 'reference', ok: true },
    { name: 'renderer.jsChunks', value: jsChunks, unit: 'files', target: 'reference (locales and the editor load on demand)', ok: true },
    { name: 'renderer.fonts', value: fontKb, unit: 'KB', target: 'reference (UI font files; 8,422 KB before the woff fallbacks were left out)', ok: true },
    { name: 'renderer.fonts.woffFallbacks', value: woff, unit: 'files', target: '= 0', ok: woff === 0 },
  ];
}
