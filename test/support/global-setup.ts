import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openStore } from '../../src/store/connection.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { loadBundle } from '../../src/ingest/load-bundle.js';

/**
 * Builds one SQLite database from the bundled tables before the tests; CLI test files copy it
 * (test/support/built-db.ts) instead of each building their own. test/cli/profiles.test.ts still
 * runs `lodestone db build` itself, so the build command stays under test.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-template-'));
  const file = join(dir, 'template.db');
  const store = await openStore(file);
  await migrateToLatest(store);
  await loadBundle(store, join(import.meta.dirname, '..', '..', 'data'));
  await store.close();
  project.provide('templateDb', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}
