/** Types of scripts/dist.mjs, for the TypeScript that imports it (tests). */
export declare const root: string;
export declare const ENTRIES: string[];
export declare const CACHED: string[];
export declare function sourceKey(): string;
export declare function ensureBuilt(): Promise<string>;
export declare function build(key?: string): Promise<string>;
