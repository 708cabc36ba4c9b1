import type { SourceImporter } from '../types.js';
import { parseMcs } from './usgs-mcs-import.js';

/**
 * USGS Mineral Commodity Summaries 2025, wide layout: U.S. Geological Survey, National Minerals
 * Information Center, 2025, Mineral Commodity Summaries 2025 Data Release, U.S. Geological
 * Survey data release, https://doi.org/10.5066/P13XCP3R (public domain). World production 2023
 * and 2024e, capacity, reserves 2024 (`world/MCS2025_World_Data.csv`, columns `PROD_2023`,
 * `PROD_EST_ 2024`…); US salient statistics 2020–2024 (`salient/`, one CSV per commodity with
 * its FGDC metadata); Figure 2, US net import reliance 2024 and major import sources 2020–23.
 * Stored as dataset "usgs-mcs", vintage "2025" (from the SOURCE column; --vintage overrides).
 * An MCS 2026 long file given here is read as such (see usgs-mcs-import.ts).
 */
export const usgsMcs2025: SourceImporter = {
  id: 'usgs-mcs-2025',
  title: 'USGS Mineral Commodity Summaries 2025 (wide layout): world production and reserves, US salient statistics, net import reliance',
  defaultFiles: [
    'raw/usgs-mcs-2025/world/MCS2025_World_Data.csv',
    'raw/usgs-mcs-2025/salient',
    'raw/usgs-mcs-2025/industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv',
  ],
  parse: parseMcs,
};
