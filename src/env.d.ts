/** The app's version, set at build time (vite.config.ts). */
declare const __APP_VERSION__: string;

/** The URL of the import worker's module (vite.config.ts builds it as a chunk of the app). */
declare module 'virtual:import-worker-url' {
  const url: string;
  export default url;
}
