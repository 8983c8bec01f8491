/** Types of lighthouse.mjs, for the TypeScript tests that use it. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tti: number;
  tbt: number;
  runs: number[];
}
export declare function lighthouseFigures(url: string, runs?: number, categories?: string[]): Promise<LighthouseFigures>;
