/**
 * The full-text engines by name, loaded on demand, so the benchmark and the cold-start
 * probe can pick one without every process paying for importing all of them.
 */
import type { Analyzer } from './analyzer.ts';
import type { IndexedDoc, TextIndex } from './text-index.ts';

export type BuildIndex = (docs: IndexedDoc[], analyzer: Analyzer) => TextIndex;

export const ENGINES = {
  minisearch: async (): Promise<BuildIndex> => (await import('./minisearch-index.ts')).createMiniSearchIndex,
  inverted: async (): Promise<BuildIndex> => (await import('./inverted-index.ts')).createInvertedIndex,
  naive: async (): Promise<BuildIndex> => (await import('./naive-index.ts')).createNaiveIndex,
} satisfies Record<string, () => Promise<BuildIndex>>;

export type EngineName = keyof typeof ENGINES;
export const ENGINE_NAMES = Object.keys(ENGINES) as EngineName[];

export const isEngineName = (name: string): name is EngineName => name in ENGINES;
