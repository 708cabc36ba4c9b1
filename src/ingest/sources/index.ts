import type { SourceImporter } from '../types.js';
import { curatedLedgerImporter } from './curated-ledger.js';
import { facilitiesImporter } from './facilities.js';
import { baciAtlasImporter } from './trade-baci-atlas.js';
import { baciCsvImporter } from './trade-baci-csv.js';
import { chinaExportsMonthlyImporter } from './trade-china-exports-monthly.js';
import { chinaHs2846ImportsImporter } from './trade-china-hs2846-imports.js';
import { comtradeDedupImporter } from './trade-comtrade-dedup.js';
import { comtradeJapanImporter } from './trade-comtrade-japan.js';
import { comtradeQuadImporter } from './trade-comtrade-quad.js';
import { eurostatComextImporter } from './trade-eurostat-comext.js';
import { geopolriskTestcaseImporter } from './trade-geopolrisk-testcase.js';
import { usitcImporter } from './trade-usitc.js';
import { usgsMcs2025 } from './usgs-mcs-2025.js';
import { usgsMcs2026 } from './usgs-mcs-2026.js';
import { worldMiningData } from './world-mining-data.js';
import { worldbankWgi } from './worldbank-wgi.js';

/**
 * Every supported source, in the order `data build` runs them. Each module parses one source
 * (see docs/data-sources.md); `lodestone import <id> <file>` runs one of them on a newer file.
 */
export const SOURCES: SourceImporter[] = [
  usgsMcs2026, usgsMcs2025,
  worldMiningData,
  worldbankWgi,
  baciAtlasImporter,
  comtradeDedupImporter,
  eurostatComextImporter,
  comtradeJapanImporter,
  comtradeQuadImporter,
  usitcImporter,
  chinaExportsMonthlyImporter,
  chinaHs2846ImportsImporter,
  geopolriskTestcaseImporter,
  baciCsvImporter,
  facilitiesImporter,
  curatedLedgerImporter,
];

export function sourceIds(): string[] {
  return SOURCES.map((s) => s.id);
}
