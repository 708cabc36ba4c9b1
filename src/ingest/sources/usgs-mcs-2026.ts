import type { SourceImporter } from '../types.js';
import { parseMcs } from './usgs-mcs-import.js';

/**
 * USGS Mineral Commodity Summaries 2026, long layout: U.S. Geological Survey, National Minerals
 * Information Center, 2026, Mineral Commodity Summaries 2026 Data Release, U.S. Geological
 * Survey data release, https://doi.org/10.5066/P1WKQ63T (CC0 1.0). World production 2024–2025e,
 * reserves 2025, capacity; US salient statistics 2021–2025 incl. net import reliance; US import
 * sources 2021–24. The corrections of `usgs_mcs2026_revision_audit.csv` (report versions 1.1–1.3)
 * are applied. Stored as dataset "usgs-mcs", vintage "2026" (from the file; --vintage overrides).
 * A next-year long file, or an MCS 2025 wide file, is read just the same (see usgs-mcs-import.ts).
 */
export const usgsMcs2026: SourceImporter = {
  id: 'usgs-mcs-2026',
  title: 'USGS Mineral Commodity Summaries 2026 (long layout): world production and reserves, US salient statistics, US import sources',
  defaultFiles: ['raw/usgs-mcs-2026/usgs_mcs2026_commodities_data.utf8.csv', 'raw/usgs-mcs-2026/usgs_mcs2026_revision_audit.csv'],
  parse: parseMcs,
};
