/** Types of size.mjs, for the TypeScript tests that use it. */
export declare const SIZE_BUDGETS: { firstKiB: number; allKiB: number; scanKiB: number };
export declare function jsSizes(dist?: string): { firstKiB: number; allKiB: number; files: number; workerKiB: number; scanKiB: number; scanFiles: number };
