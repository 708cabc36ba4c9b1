import { basename } from 'node:path';
import { numberCell, type CsvRow, type CsvTable } from '../csv.js';
import { warn, type ImportReport } from '../report.js';
import { coordCell, siteCommodities, siteCoords, siteCountry, type DatasetMeta, type SourceSite } from './facilities-site.js';

/**
 * USGS Porphyry copper deposits of the world (PorCuEX2008): 690 deposits with location,
 * tonnage and Cu/Mo/Au/Ag grades. Singer, D.A., Berger, V.I., and Moring, B.C., 2008, Porphyry
 * copper deposits of the world: database and grade and tonnage models, 2008: U.S. Geological
 * Survey Open-File Report 2008-1155, https://pubs.usgs.gov/of/2008/1155/ (public domain). Copy:
 * EarthByte/spatio-temporal-exploration @ cb8e73fa, data/PorCuEX2008.csv. Grades of 0 mean
 * "not reported", not zero. Deposit points are compiled from the literature: approximate.
 */
export const PORPHYRY_COLUMNS = [
  'NameDeposit', 'Includes', 'OtherNames', 'Country', 'LatitudeDecimal', 'LongitudeDecimal', 'Tonnage',
  'Copper grade', 'Molybdenum grade', 'Gold grade', 'Silver grade', 'Subtype', 'DepositID',
] as const;

export const PORPHYRY_URL = 'https://pubs.usgs.gov/of/2008/1155/';

export const PORPHYRY_META: DatasetMeta = {
  id: 'usgs-porphyry-cu',
  title: 'Porphyry copper deposits of the world: database and grade and tonnage models, 2008',
  publisher: 'U.S. Geological Survey',
  citation: 'Singer, D.A., Berger, V.I., and Moring, B.C., 2008, Porphyry copper deposits of the world: database and grade and tonnage models, 2008: U.S. Geological Survey Open-File Report 2008-1155.',
  licence: 'Public domain (USGS)',
  url: PORPHYRY_URL,
};

const GRADES = [
  { column: 'Molybdenum grade', commodity: 'molybdenum', unit: '% Mo' },
  { column: 'Gold grade', commodity: 'gold', unit: 'g/t Au' },
  { column: 'Silver grade', commodity: 'silver', unit: 'g/t Ag' },
] as const;

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
}

/** "USGS 2008: 2,636 Mt ore at 0.39 % Cu, 0.01 % Mo, 0.026 g/t Au, 1.43 g/t Ag" (grades of 0 left out). */
function sizeNote(row: CsvRow, file: string): { note: string | null; commodities: string[] } {
  const tonnage = numberCell(row, 'Tonnage', file);
  const cu = numberCell(row, 'Copper grade', file);
  const grades: string[] = cu ? [`${cu} % Cu`] : [];
  const commodities = ['copper'];
  for (const g of GRADES) {
    const value = numberCell(row, g.column, file);
    if (value) {
      grades.push(`${value} ${g.unit}`);
      commodities.push(g.commodity);
    }
  }
  if (!tonnage) return { note: null, commodities };
  const mt = tonnage.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return { note: `USGS 2008: ${mt} Mt ore${grades.length > 0 ? ` at ${grades.join(', ')}` : ''}`, commodities };
}

export function parsePorphyry(table: CsvTable, vintage: string, report: ImportReport): SourceSite[] {
  const file = basename(table.file);
  const sites: SourceSite[] = [];
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    report.rowsRead += 1;
    const v = row.values;
    const name = (v.NameDeposit ?? '').replace(/\s+/g, ' ').trim();
    const key = v.DepositID ?? '';
    const earlier = firstLine.get(key);
    if (earlier !== undefined) warn(report, { file, row: row.line, column: 'DepositID' }, `DepositID ${key} also used on line ${earlier}; both deposits kept`);
    else firstLine.set(key, row.line);
    const { lat, lon } = siteCoords(report, file, row.line, coordCell(report, file, row, 'LatitudeDecimal'), coordCell(report, file, row, 'LongitudeDecimal'));
    const size = sizeNote(row, file);
    const { ids, unresolved } = siteCommodities(report, file, row.line, 'Copper grade', size.commodities);
    const includes = list(v.Includes);
    const others = list(v.OtherNames);
    const noteParts = [
      `row ${row.line}`,
      `subtype ${(v.Subtype ?? '').trim()}`,
      includes.length > 0 ? `includes: ${includes.join(', ')}` : '',
      others.length > 0 ? `other names: ${others.join(', ')}` : '',
      unresolved.length > 0 ? `unresolved commodities: ${unresolved.join(', ')}` : '',
    ];
    sites.push({
      dataset: PORPHYRY_META.id,
      vintage,
      key,
      name,
      names: [name, ...others, ...includes],
      primaryNames: [name, ...others],
      country_iso3: siteCountry(report, file, row.line, 'Country', v.Country ?? ''),
      lat,
      lon,
      precision: lat === null ? 'none' : 'approx',
      kind: 'deposit',
      status: null,
      owner: null,
      commodities: ids,
      sizeNote: size.note,
      url: PORPHYRY_URL,
      note: noteParts.filter(Boolean).join('; '),
      line: row.line,
      file,
    });
  }
  return sites;
}
