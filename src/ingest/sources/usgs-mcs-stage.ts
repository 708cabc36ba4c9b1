import type { Metric, Stage } from '../../domain/records.js';

/**
 * Which stage of the supply chain an MCS world-table figure measures, from the series label
 * (MCS 2026 `Statistics_detail`, MCS 2025 `TYPE`) and the table title (MCS 2026 `Section`).
 *
 * Rule, first match wins:
 * 1. reserves are in the ground: `mine`;
 * 2. the label names a mine ("Mine production", "Bauxite, mine production"): `mine`;
 * 3. the label names a processing step — refinery, smelter, plant, sponge metal, pigment,
 *    primary/secondary production, pig iron, raw steel, cement/clinker, ferrosilicon, silicon
 *    metal, alumina, arsenic trioxide, slag, fused aluminum oxide, silicon carbide, yearend
 *    capacity: `refinery`;
 * 4. the table title does so ("World Refinery Production and Capacity", "World Smelter…",
 *    "World Lime Production…", "World Ammonia Production…") and does not name a mine: `refinery`;
 * 5. any remaining capacity figure is plant capacity: `refinery`;
 * 6. anything else ("Production", "Helium Production", "Production, all forms"): `mine`.
 */
const MINE = /\bmine\b/i;
const PROCESSING =
  /refin|smelt|\bplant\b|sponge|pigment|primary production|secondary|pig iron|raw steel|cement|clinker|ferrosilicon|silicon metal|alumina|trioxide|slag|fused aluminum oxide|silicon carbide|yearend capacity/i;
const PROCESSING_TABLE = /refinery|smelter|sponge|\blime production\b|ammonia|primary production/i;

export function figureStage(metric: Metric, label: string, table = ''): Stage {
  if (metric === 'reserves') return 'mine';
  if (MINE.test(label)) return 'mine';
  if (PROCESSING.test(label)) return 'refinery';
  if (PROCESSING_TABLE.test(table) && !MINE.test(table)) return 'refinery';
  if (metric === 'capacity') return 'refinery';
  return 'mine';
}

/**
 * The series label without the "rounded" marker MCS 2026 puts on World-total rows
 * ("Mine production: rounded" → "Mine production"), so a world total and its country rows share
 * one series. Returns the label and whether the marker was there.
 */
export function seriesLabel(label: string): { series: string; rounded: boolean } {
  const clean = label.replace(/\s+/g, ' ').trim();
  const stripped = clean.replace(/(?::\s*|,\s*|\s+)rounded$/i, '').trim();
  return { series: stripped === '' ? clean : stripped, rounded: stripped !== clean };
}
