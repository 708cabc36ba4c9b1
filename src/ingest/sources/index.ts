import type { SourceImporter } from '../types.js';

/**
 * Every supported source, in the order `data build` runs them. Each module parses one source
 * (see docs/data-sources.md); `lodestone import <id> <file>` runs one of them on a newer file.
 */
export const SOURCES: SourceImporter[] = [];

export function sourceIds(): string[] {
  return SOURCES.map((s) => s.id);
}
