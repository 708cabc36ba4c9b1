/**
 * Commodity reference table (STUB — being completed): canonical ids, names, aliases and symbols,
 * ore and refined HS codes, measure basis, USGS 2025 critical-list flag, EU 2023 critical
 * (Annex II) and strategic (Annex I) flags of Regulation (EU) 2024/1252.
 */
export interface CommodityEntry {
  id: string;
  name: string;
  symbol: string | null;
  basis: string;
  aliases: string[];
  /** HS codes: ore/concentrate stage and refined/processed stage. */
  hsOre: string[];
  hsRefined: string[];
  usgsCritical2025: boolean;
  euCritical2023: boolean;
  euStrategic2023: boolean;
  description: string;
}

export const COMMODITY_ENTRIES: CommodityEntry[] = [
  { id: 'tungsten', name: 'Tungsten', symbol: 'W', basis: 'tungsten content', aliases: ['wolfram'], hsOre: ['2611'], hsRefined: ['8101'], usgsCritical2025: true, euCritical2023: true, euStrategic2023: true, description: '' },
  { id: 'rare-earths', name: 'Rare earths', symbol: 'REE', basis: 'rare-earth oxide (REO) equivalent', aliases: ['rare earth elements', 'REE', 'REO', 'rare-earth', 'rare earth'], hsOre: ['261220'], hsRefined: ['2805', '2846'], usgsCritical2025: true, euCritical2023: true, euStrategic2023: true, description: '' },
  { id: 'uranium', name: 'Uranium', symbol: 'U', basis: 'U3O8', aliases: [], hsOre: ['261210'], hsRefined: ['2844'], usgsCritical2025: false, euCritical2023: false, euStrategic2023: false, description: '' },
];
