import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from 'vitest';

/** ../shared beside the repository (or LODESTONE_SHARED). */
export const SHARED = resolve(process.env.LODESTONE_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared'));
export const SHARED_PRESENT = existsSync(join(SHARED, 'data', 'raw'));

if (!SHARED_PRESENT) console.warn(`../shared not found at ${SHARED}: tests that read the raw datasets are skipped`);

export function rawFile(...parts: string[]): string {
  return join(SHARED, 'data', 'raw', ...parts);
}

export function curatedFile(name: string): string {
  return join(SHARED, 'data', 'curated', name);
}

/** A suite that reads ../shared: skipped, with a clear message, when it is absent. */
export function describeWithShared(name: string, fn: () => void): void {
  describe.skipIf(!SHARED_PRESENT)(`${name} (reads ../shared)`, fn);
}
