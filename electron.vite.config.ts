// Build config: main (ESM), preload (CommonJS so the sandbox stays on) and the React renderer.
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { channelNames, eventNames } from './preload/contract';

/**
 * The UI font (@fontsource/noto-sans-kr) lists every unicode-range slice as woff2 and woff; Electron's Chromium reads
 * woff2, so the woff fallbacks (5.1 of the 9.2 MB of font files) never load: left out of the build. The PDF export's
 * fonts (resources/fonts) are separate and complete.
 */
const woff2Only: Plugin = {
  name: 'redaksi:woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return undefined;
    return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
  },
};

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        // Each worker thread is its own entry: bundled main code looks for <name>.js beside itself
        // (main/core/pool/start.ts): the MT worker, the import pool's worker and the spellcheck thread.
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          // The domain process (utilityProcess.fork of domain.js beside index.js): every handler runs there.
          domain: resolve(__dirname, 'main/domain.ts'),
          'mt-worker': resolve(__dirname, 'main/core/mt/worker.ts'),
          'pool-worker': resolve(__dirname, 'main/core/pool/worker.ts'),
          'spell-worker': resolve(__dirname, 'main/core/pool/spell-worker.ts'),
          // Run by package:check under Node from the packaged app: the resource paths the app computes.
          'resource-files': resolve(__dirname, 'main/resource-files.ts'),
        },
        // The UI-facing process needs resources.ts (icon, resources folder to pass on) but none of the domain's npm
        // packages: keep it out of the chunks the domain shares, or main would load pdfkit & co. at start.
        output: { manualChunks: (id) => (/[\\/]main[\\/]core[\\/]resources\.ts$/.test(id) ? 'resources' : undefined) },
      },
    },
  },
  preload: {
    // Sandboxed preloads cannot be ESM: one .cjs file. It carries the contract's names only (validation is main's job).
    plugins: [externalizeDepsPlugin()],
    define: { __REDAKSI_API_NAMES__: JSON.stringify({ channels: channelNames, events: eventNames }) },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [woff2Only, react()],
    // Minified: electron-vite leaves the renderer unminified by default, and the app parses this bundle at every start.
    build: { minify: true, rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } } },
  },
});
