import type { DataLocation } from '../../domain/errors.js';
import { commodityEntry, resolveCommodity } from '../../domain/commodities.js';
import { normalizeName } from '../../domain/text.js';
import type { FigureRecord, ImportShareRecord, SalientRecord } from '../../domain/records.js';
import { skip, warn, type ImportReport } from '../report.js';
import { resolvePlace, type Place } from './usgs-mcs-places.js';

/** The dataset id every MCS vintage is stored under; the vintage ('2025', '2026') tells them apart. */
export const MCS_DATASET = 'usgs-mcs';

/** Rows parsed from the MCS files of one import, by vintage. */
export interface McsRows {
  figure: FigureRecord[];
  salient: SalientRecord[];
  import_share: ImportShareRecord[];
  /** Source files per vintage (the dataset record lists them). */
  files: Map<string, Set<string>>;
}

export function emptyRows(): McsRows {
  return { figure: [], salient: [], import_share: [], files: new Map() };
}

export function addFile(rows: McsRows, vintage: string, file: string): void {
  const set = rows.files.get(vintage) ?? new Set<string>();
  set.add(file);
  rows.files.set(vintage, set);
}

/**
 * Spelling slips in the MCS 2025 files, fixed before the name is resolved (the label is kept
 * as published in the stored row's place/series where it appears).
 */
const COMMODITY_SLIPS: Record<string, string> = { gemanium: 'Germanium' };

/** The candidate names for a label: as given, without a bracket, and before a comma. */
function commodityCandidates(label: string): string[] {
  const clean = label.replace(/\s+/g, ' ').trim();
  const fixed = COMMODITY_SLIPS[clean.toLowerCase()] ?? clean;
  const out = [fixed, fixed.replace(/\s*\([^)]*\)/g, '').trim(), (fixed.split(',')[0] ?? '').trim()];
  return [...new Set(out.filter(Boolean))];
}

/** Resolves the first of the labels (most specific first, e.g. `Commodity` then `MCS chapter`) that names a commodity. */
export function resolveMcsCommodity(labels: readonly string[]): string | undefined {
  for (const label of labels) {
    for (const candidate of commodityCandidates(label)) {
      const id = resolveCommodity(candidate);
      if (id) return id;
    }
  }
  return undefined;
}

/**
 * The commodity a series label names in its sub-label, when that text is exactly a commodity's
 * name or id: MCS 2025 "Refinery production, alumina - calcined equivalent weights" (Bauxite
 * table) → alumina, "Mine production, Palladium content" → palladium; MCS 2026 "Mine
 * production: Bentonite" (Clays chapter) → bentonite. Looser matches ("Iron content" → iron ore,
 * "Rutile") keep the table's own commodity, so both vintages split the same way.
 */
export function exactCommodity(segment: string): string | undefined {
  const text = segment
    .replace(/\s+/g, ' ')
    .replace(/,?\s*rounded$/i, '')
    .replace(/\s+-\s+.*$/, '')
    .replace(/\s+content$/i, '')
    .trim();
  if (text === '') return undefined;
  const id = resolveCommodity(text);
  const entry = id ? commodityEntry(id) : undefined;
  if (!id || !entry) return undefined;
  const key = normalizeName(text);
  return key === normalizeName(id) || key === normalizeName(entry.name) ? id : undefined;
}

/** Per-import helpers that report what they could not resolve: once per name, with a counted skip per row. */
export class McsNames {
  private readonly commodityCache = new Map<string, string | null>();
  constructor(private readonly report: ImportReport) {}

  commodity(labels: readonly string[], where: DataLocation): string | undefined {
    const key = labels.map((l) => l.trim()).join(' | ');
    let id = this.commodityCache.get(key);
    if (id === undefined) {
      id = resolveMcsCommodity(labels) ?? null;
      this.commodityCache.set(key, id);
      if (id === null) warn(this.report, { file: where.file, row: where.row }, `unresolved commodity "${key}": its rows are skipped`);
    }
    if (id === null) {
      skip(this.report, `unresolved commodity "${key}"`);
      return undefined;
    }
    return id;
  }

  place(name: string, where: DataLocation): Place | undefined {
    const place = resolvePlace(name);
    if (!place) {
      warn(this.report, { file: where.file, column: where.column }, `unknown country name "${name.trim()}": its rows are skipped`);
      skip(this.report, 'unknown country name');
    }
    return place;
  }
}
