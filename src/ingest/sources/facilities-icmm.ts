import { basename } from 'node:path';
import type { CsvTable } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import { coordCell, siteCommodities, siteCoords, siteCountry, type DatasetMeta, type SourceSite } from './facilities-site.js';

/**
 * ICMM Global Mining Dataset, September 2025 (V1): 8,508 mines, smelters, refineries and plants
 * with coordinates. International Council on Mining and Metals (2025), CC BY 4.0; flat export
 * of the "External" sheet of global-mining-dataset.xlsx (carrier: github.com/tth4vb/
 * global_mining_prototype @ c87393e6). Confidence Factor "High" = an exact point; "Moderate"
 * and "Very Low" (single WAPHA entries) = approximate.
 */
export const ICMM_COLUMNS = [
  'ICMMID', 'Confidence Factor', 'Mine Name', 'Group Names', 'Latitude', 'Longitude', 'Asset Type', 'Country',
  'Primary Commodity', 'Secondary Commodity', 'Other Commodities',
] as const;

export const ICMM_URL = 'https://github.com/tth4vb/global_mining_prototype/blob/c87393e694d96e60d17a6661eacd4d3437ba4a87/global-mining-dataset.xlsx';

export const ICMM_META: DatasetMeta = {
  id: 'icmm-gmd',
  title: 'ICMM Global Mining Dataset, September 2025 (V1)',
  publisher: 'International Council on Mining and Metals (ICMM)',
  citation: 'ICMM (2025). ICMM Global Mining Dataset, September 2025 (V1) release; methodology: "The Global Mining Dataset: Understanding the global distribution of mining and metals facilities". Copy: tth4vb/global_mining_prototype @ c87393e6, global-mining-dataset.xlsx, sheet "External".',
  licence: 'CC BY 4.0',
  url: ICMM_URL,
};

const CONFIDENCE = new Set(['High', 'Moderate', 'Very Low']);
const COMMODITY_COLUMNS = ['Primary Commodity', 'Secondary Commodity', 'Other Commodities'] as const;

/** ICMM "Asset Type" ("Mine;Smelter;Refinery", "Steel Plant") → our facility kind (the first listed). */
export function icmmKind(assetType: string): string | null {
  const first = assetType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (first === '') return null;
  return first === 'steel plant' ? 'plant' : first;
}

export function parseIcmm(table: CsvTable, vintage: string, report: ImportReport): SourceSite[] {
  const file = basename(table.file);
  const sites: SourceSite[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    report.rowsRead += 1;
    const v = row.values;
    const key = v.ICMMID ?? '';
    if (key === '') {
      skip(report, 'ICMM row without an ICMMID');
      warn(report, { file, row: row.line, column: 'ICMMID' }, 'row without an ICMMID skipped');
      continue;
    }
    if (seen.has(key)) {
      skip(report, 'duplicate ICMMID');
      warn(report, { file, row: row.line, column: 'ICMMID' }, `duplicate ICMMID ${key} skipped`);
      continue;
    }
    seen.add(key);
    const confidence = v['Confidence Factor'] ?? '';
    if (!CONFIDENCE.has(confidence)) {
      warn(report, { file, row: row.line, column: 'Confidence Factor' }, `unknown confidence factor "${confidence}" (coordinates taken as approximate)`);
    }
    const { lat, lon } = siteCoords(report, file, row.line, coordCell(report, file, row, 'Latitude'), coordCell(report, file, row, 'Longitude'));
    const ids: string[] = [];
    const unresolved: string[] = [];
    for (const column of COMMODITY_COLUMNS) {
      const found = siteCommodities(report, file, row.line, column, (v[column] ?? '').split(';'));
      for (const id of found.ids) if (!ids.includes(id)) ids.push(id);
      for (const name of found.unresolved) if (!unresolved.includes(name)) unresolved.push(name);
    }
    const name = v['Mine Name'] ?? '';
    const groups = (v['Group Names'] ?? '').split(';').map((g) => g.trim()).filter((g) => g !== '');
    const noteParts = [
      `row ${row.line}`,
      `asset type: ${v['Asset Type'] ?? ''}`,
      `confidence: ${confidence}`,
      groups.length > 0 ? `group names: ${[...new Set(groups)].join('; ')}` : '',
      unresolved.length > 0 ? `unresolved commodities: ${unresolved.join(', ')}` : '',
    ];
    sites.push({
      dataset: ICMM_META.id,
      vintage,
      key,
      name,
      names: [...name.split(';'), ...groups],
      primaryNames: name.split(';'),
      country_iso3: siteCountry(report, file, row.line, 'Country', v.Country ?? ''),
      lat,
      lon,
      precision: lat === null ? 'none' : confidence === 'High' ? 'exact' : 'approx',
      kind: icmmKind(v['Asset Type'] ?? ''),
      status: null,
      owner: null,
      commodities: ids,
      sizeNote: null,
      url: ICMM_URL,
      note: noteParts.filter(Boolean).join('; '),
      line: row.line,
      file,
    });
  }
  return sites;
}
