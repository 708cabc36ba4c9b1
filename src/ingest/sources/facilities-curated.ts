import { basename } from 'node:path';
import { DataError } from '../../domain/errors.js';
import type { CsvTable } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import { splitAlternates } from './facilities-names.js';
import { coordCell, siteCommodities, siteCoords, siteCountry, type DatasetMeta, type SourceSite } from './facilities-site.js';

/**
 * shared/data/curated/deposits.csv: 52 Central Asian deposits, mines, plants and projects,
 * hand-curated from cited public sources (shared/data/curated/README.md). Each row cites its
 * source (source_url, source_date) and where its coordinates came from (coord_source_url, often
 * an ICMM record); 27 rows have no coordinates and are kept as sites without a point.
 */
export const CURATED_DEPOSIT_COLUMNS = [
  'id', 'name', 'country_iso3', 'lat', 'lon', 'coord_precision', 'commodities', 'status', 'operator_or_owner',
  'partners', 'size_note', 'source_url', 'source_date', 'evidence', 'coord_source_url', 'extra_source_urls',
] as const;

export const CURATED_DEPOSITS_META: DatasetMeta = {
  id: 'curated-deposits',
  title: 'Central Asia deposits, mines and plants (curated)',
  publisher: 'Lodestone shared curated reference tables',
  citation: 'shared/data/curated/deposits.csv: paraphrased facts from stored public sources, one cited source per row (see README.md there); coordinates from the ICMM Global Mining Dataset 2025, Wikipedia mirrors and ec-info.org.',
  licence: 'Compilation of sourced facts; each row cites its source',
  url: 'shared/data/curated/deposits.csv',
};

const STATUSES = new Set(['producing', 'development', 'exploration', 'undeveloped', 'closed']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The kind a curated row implies: its name ("… smelter", "… plant", "… mine") or its status. */
export function curatedKind(name: string, status: string | null): string {
  const n = name.toLowerCase();
  if (/\bsmelter\b/.test(n)) return 'smelter';
  if (/\brefinery\b/.test(n)) return 'refinery';
  if (/\bplants?\b/.test(n)) return 'plant';
  if (/\bmine\b/.test(n) || status === 'producing') return 'mine';
  if (status === 'development') return 'project';
  return 'deposit';
}

/** The vintage of the curated table: the year of its newest source date. */
export function curatedVintage(table: CsvTable): string | undefined {
  const years = table.rows.map((r) => (r.values.source_date ?? '').slice(0, 4)).filter((y) => /^\d{4}$/.test(y));
  return years.sort().pop();
}

export function parseCuratedDeposits(table: CsvTable, vintage: string, report: ImportReport): SourceSite[] {
  const file = basename(table.file);
  const sites: SourceSite[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    report.rowsRead += 1;
    const v = row.values;
    const id = v.id ?? '';
    if (id === '') {
      skip(report, 'curated deposit without an id');
      warn(report, { file, row: row.line, column: 'id' }, 'row without an id skipped');
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) throw new DataError({ file, row: row.line, column: 'id' }, `duplicate id "${id}" (first on line ${earlier})`, 'give each deposit its own id');
    seen.set(id, row.line);
    const sourceDate = v.source_date ?? '';
    if (sourceDate !== '' && !DATE.test(sourceDate)) {
      throw new DataError({ file, row: row.line, column: 'source_date' }, `"${sourceDate}" is not a date`, 'use YYYY, YYYY-MM or YYYY-MM-DD');
    }
    const { lat, lon } = siteCoords(report, file, row.line, coordCell(report, file, row, 'lat'), coordCell(report, file, row, 'lon'));
    const stated = v.coord_precision ?? '';
    let precision: SourceSite['precision'] = lat === null ? 'none' : stated === 'exact' ? 'exact' : 'approx';
    if (lat !== null && stated !== 'exact' && stated !== 'approx') {
      warn(report, { file, row: row.line, column: 'coord_precision' }, `coordinate precision "${stated}" taken as approximate`);
    }
    if (lat === null && stated !== '') {
      warn(report, { file, row: row.line, column: 'coord_precision' }, `precision "${stated}" given without coordinates`);
      precision = 'none';
    }
    const statusRaw = (v.status ?? '').toLowerCase();
    if (statusRaw !== '' && !STATUSES.has(statusRaw)) warn(report, { file, row: row.line, column: 'status' }, `unknown status "${statusRaw}" (kept as written)`);
    const status = statusRaw === '' ? null : statusRaw;
    const { ids, unresolved } = siteCommodities(report, file, row.line, 'commodities', (v.commodities ?? '').split(';'));
    const name = v.name ?? '';
    const names = splitAlternates(name);
    const noteParts = [
      `row ${row.line}`,
      `source: ${v.source_url ?? ''}${sourceDate ? ` (${sourceDate})` : ''}`,
      v.evidence ? `evidence: ${v.evidence}` : '',
      v.partners ? `partners: ${v.partners}` : '',
      v.coord_source_url ? `coordinates from: ${v.coord_source_url}` : '',
      v.extra_source_urls ? `also: ${v.extra_source_urls}` : '',
      unresolved.length > 0 ? `unresolved commodities: ${unresolved.join(', ')}` : '',
    ];
    sites.push({
      dataset: CURATED_DEPOSITS_META.id,
      vintage,
      key: id,
      name,
      names,
      primaryNames: names,
      country_iso3: siteCountry(report, file, row.line, 'country_iso3', v.country_iso3 ?? ''),
      lat,
      lon,
      precision,
      kind: curatedKind(name, status),
      status,
      owner: v.operator_or_owner || null,
      commodities: ids,
      sizeNote: v.size_note || null,
      url: v.source_url || null,
      note: noteParts.filter(Boolean).join('; '),
      line: row.line,
      file,
    });
  }
  return sites;
}
