import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { devCspPlugin } from './main/shell/csp.js';
import { splitLocales } from './i18n/splitLocales.js';

// Three builds: main (ESM, Node side), preload (one CommonJS file, required by a sandboxed
// renderer, which cannot load ESM or chunks), renderer (Svelte 5).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve('main/index.ts') },
        // keytar and kerberos are native addons: load them at run time, never bundle them. (The app never loads
        // kerberos: Chromium does Negotiate; only the simulator's Windows grant and the CLI use it.)
        external: ['electron', 'keytar', 'kerberos'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Bundle everything it imports (the channel lists, no zod) into the file: a sandboxed preload can require
      // only 'electron' (kept external). A kilobyte or so: left unminified, readable in the devtools.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // Relative asset paths: the window loads the files from disk (file://) and the e2e suite from 127.0.0.1.
    base: './',
    // The dev server's page gets the development CSP (Vite's injected styles and hot-reload socket); builds keep the
    // strict <meta> of renderer/index.html.
    // English in the window's bundle, each other language a chunk fetched when shown (i18n/splitLocales.ts).
    plugins: [
      svelte(),
      devCspPlugin(),
      splitLocales({ registry: resolve('renderer/src/lib/catalogues.ts') }),
    ],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves builds unminified; the window's script is what startup parses, so minify it.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
