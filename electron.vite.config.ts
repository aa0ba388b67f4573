// Build config: main (ESM), preload (CommonJS so the sandbox stays on) and the React renderer.
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { channelNames, eventNames } from './preload/contract';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        // Each worker thread is its own entry: bundled main code looks for <name>.js beside itself
        // (main/core/pool/start.ts): the MT worker and the import pool's worker.
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          // The domain process (utilityProcess.fork of domain.js beside index.js): every handler runs there.
          domain: resolve(__dirname, 'main/domain.ts'),
          'mt-worker': resolve(__dirname, 'main/core/mt/worker.ts'),
          'pool-worker': resolve(__dirname, 'main/core/pool/worker.ts'),
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
    plugins: [react()],
    // Minified: electron-vite leaves the renderer unminified by default, and the app parses this bundle at every start.
    build: { minify: true, rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } } },
  },
});
