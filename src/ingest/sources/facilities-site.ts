import { resolveCommodity } from '../../domain/commodities.js';
import { numberCell, type CsvRow } from '../csv.js';
import { resolveCountry } from '../../domain/countries.js';
import type { DatasetRecord, FacilityRecord } from '../../domain/records.js';
import { warn, type ImportReport } from '../report.js';

/**
 * One site as one dataset describes it, before sites from several datasets are merged into
 * facilities (facilities-merge.ts). Each parser (ICMM, USGS porphyry, curated deposits) yields these.
 */
export interface SourceSite {
  dataset: string;
  vintage: string;
  /** The site's id in its dataset: ICMM id, USGS DepositID, curated id. */
  key: string;
  /** The name as the dataset gives it. */
  name: string;
  /** Every name and alias the dataset gives, for matching. */
  names: string[];
  /** Names precise enough to match a site that has no coordinates (not group or company names). */
  primaryNames: string[];
  country_iso3: string | null;
  lat: number | null;
  lon: number | null;
  precision: FacilityRecord['coord_precision'];
  kind: string | null;
  status: string | null;
  owner: string | null;
  commodities: string[];
  sizeNote: string | null;
  url: string | null;
  note: string;
  line: number;
  file: string;
}

/** The three facility datasets; `describe` gives their citation metadata (docs/data-sources.md). */
export type FacilityDatasetId = 'icmm-gmd' | 'usgs-porphyry-cu' | 'curated-deposits';

export type DatasetMeta = Pick<DatasetRecord, 'id' | 'title' | 'publisher' | 'citation' | 'licence' | 'url'>;

/** Resolves a country name, warning (not failing) when it is unknown. */
export function siteCountry(report: ImportReport, file: string, line: number, column: string, name: string): string | null {
  if (name.trim() === '') return null;
  const iso3 = resolveCountry(name);
  if (!iso3) warn(report, { file, row: line, column }, `unknown country "${name}" (site kept without a country)`);
  return iso3 ?? null;
}

/**
 * Resolves commodity names to canonical ids; unknown names are returned separately so the
 * caller keeps them in the source note (and the report warns once per name).
 */
export function siteCommodities(report: ImportReport, file: string, line: number, column: string, names: readonly string[]): { ids: string[]; unresolved: string[] } {
  const ids: string[] = [];
  const unresolved: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === '') continue;
    const id = resolveCommodity(name);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else if (!unresolved.includes(name)) {
      unresolved.push(name);
      warn(report, { file, row: line, column }, `commodity "${name}" is not in the commodity table (kept in the source note)`);
    }
  }
  return { ids, unresolved };
}

/**
 * A coordinate cell. A Unicode minus sign ("−23.8901", ICMM07721 in the 2025 ICMM file) is read
 * as "-" with a warning; any other text is a DataError naming the cell (numberCell).
 */
export function coordCell(report: ImportReport, file: string, row: CsvRow, column: string): number | null {
  const raw = row.values[column] ?? '';
  if (!raw.includes('\u2212')) return numberCell(row, column, file);
  warn(report, { file, row: row.line, column }, `"${raw}" written with a Unicode minus sign; read as a negative number`);
  return numberCell({ line: row.line, values: { [column]: raw.replace(/\u2212/g, '-') } }, column, file);
}

/** Checks a coordinate pair; an out-of-range pair is a warning and is dropped. */
export function siteCoords(report: ImportReport, file: string, line: number, lat: number | null, lon: number | null): { lat: number | null; lon: number | null } {
  if (lat === null || lon === null) return { lat: null, lon: null };
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    warn(report, { file, row: line, column: 'latitude/longitude' }, `coordinates ${lat}, ${lon} out of range (site kept without coordinates)`);
    return { lat: null, lon: null };
  }
  return { lat, lon };
}

/** The vintage a facility file declares in its name ("…_2025_external.csv", "PorCuEX2008.csv"). */
export function vintageFromName(file: string): string | undefined {
  const m = /(?:^|[^0-9])((?:19|20)\d\d)(?:[^0-9]|$)/.exec(file.split('/').pop() ?? '');
  return m?.[1];
}
