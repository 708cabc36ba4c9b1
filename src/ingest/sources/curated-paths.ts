import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * ../shared/data beside the repository (or $LODESTONE_SHARED/data): where an importer given only
 * some of its files finds the others (`lodestone import facilities deposits.csv` still reads
 * the ICMM and USGS files from their default places).
 */
export function sharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  return join(resolve(env.LODESTONE_SHARED ?? join(repo, '..', 'shared')), 'data');
}
