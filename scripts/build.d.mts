/** Types for scripts/build.mjs (plain JavaScript so that it runs before anything is compiled). */
export const ROOT: string;
export const DIST: string;
export function isStale(): boolean;
export function entryPoints(): string[];
export function build(): Promise<void>;
export function ensureBuilt(): Promise<void>;
