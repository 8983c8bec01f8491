/** Types of staticServer.mjs, for the TypeScript tests that use it. */
export declare function serveStatic(root: string | (() => string), port: number): Promise<{ url: string; close: () => Promise<void> }>;
