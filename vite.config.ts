import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
/** Shown in the footer; BUILD_LABEL lets the update test tell two builds apart. */
const appVersion = process.env.BUILD_LABEL ? `${pkg.version}+${process.env.BUILD_LABEL}` : pkg.version;

/**
 * The import worker (src/import/import.worker.ts) is built as a chunk of the app's own build, not
 * as a separate worker build: the code it shares with the page (core, storage) is then one copy,
 * loaded once. The page gets its URL from `virtual:import-worker-url`.
 */
function importWorkerInSameBuild(): Plugin {
  const virtual = 'virtual:import-worker-url';
  const entry = fileURLToPath(new URL('./src/import/import.worker.ts', import.meta.url));
  let serving = false;
  return {
    name: 'import-worker-in-same-build',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === virtual ? `\0${virtual}` : null),
    load(id) {
      if (id !== `\0${virtual}`) return null;
      if (serving) return `export default new URL('/src/import/import.worker.ts', location.origin).href;`;
      const ref = this.emitFile({ type: 'chunk', id: entry, name: 'import-worker' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  plugins: [
    preact(),
    importWorkerInSameBuild(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt', // an update waits until the user says so (src/pwa)
      injectRegister: false, // registered by src/pwa/serviceWorker.ts through workbox-window
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: './',
        name: 'Bondgenoten — zelfanalyse',
        short_name: 'Bondgenoten',
        description: 'Zelfanalyse van het lokale professionele bondgenootschap. Werkt zonder internet; uw antwoorden blijven op dit apparaat.',
        lang: 'nl',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f5fa8',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Installed, the app opens its result files and result PNGs ("Open with → Bondgenoten"): the
        // page takes them from window.launchQueue (src/ui/shell/launchFiles.ts) into the import.
        // The action is the app's own start address: a launch with files is told by launchQueue, not by the URL.
        file_handlers: [
          {
            action: './',
            name: 'Bondgenoten-resultaat',
            icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
            accept: { 'application/json': ['.json'], 'image/png': ['.png'] },
          } as ManifestOptions['file_handlers'][number], // the plugin's type knows only action and accept
        ],
        // A file shared into the installed app (Android's share sheet) is POSTed here; the service
        // worker answers it itself, offline, and hands the files to the page (public/share-target.js).
        share_target: {
          action: './share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: { files: [{ name: 'files', accept: ['application/json', '.json', 'image/png', '.png'] }] },
        },
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
        sourcemap: false,
        importScripts: ['share-target.js'], // public/share-target.js: same origin, precached like the rest
      },
    }),
  ],
  build: {
    target: 'es2022',
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 3 } },
    assetsInlineLimit: 0, // no data: URLs: the CSP allows only 'self'
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
});
