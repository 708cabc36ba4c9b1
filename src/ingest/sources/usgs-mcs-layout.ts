import { DataError } from '../../domain/errors.js';

/**
 * The file layouts of the USGS MCS data releases, told apart by their header row.
 *
 * - `long`: MCS 2026 all-commodities file (doi:10.5066/P1WKQ63T), one value per row.
 * - `wide`: MCS 2025 world production/reserves file (doi:10.5066/P13XCP3R), one row per
 *   country and series with year columns (`PROD_2023`, `PROD_EST_ 2024`, `CAP_…`, `RESERVES_2024`).
 * - `salient`: an MCS 2025 per-commodity US salient-statistics file (`DataSource, Commodity, Year, …`).
 * - `fig2`: MCS 2025 industry-trends Figure 2, US net import reliance and major import sources.
 * - `audit`: the MCS 2026 revision audit (corrections between the v1.0 CSV and the v1.3 report).
 */
export type McsLayout = 'long' | 'wide' | 'salient' | 'fig2' | 'audit';

export const LONG_COLUMNS = ['MCS chapter', 'Section', 'Commodity', 'Country', 'Statistics', 'Statistics_detail', 'Unit', 'Year', 'Value', 'Notes'] as const;
export const WIDE_COLUMNS = ['SOURCE', 'COMMODITY', 'COUNTRY', 'TYPE', 'UNIT_MEAS', 'PROD_NOTES', 'RESERVE_NOTES'] as const;
/** The wide layout also needs at least one year column: PROD_<year>, PROD_EST_ <year>, CAP_…, RESERVES_<year>. */
export const WIDE_YEAR_COLUMN = /^(PROD|CAP|RESERVES)_(EST_)?\s*(\d{4})$/;
export const SALIENT_COLUMNS = ['Commodity', 'Year'] as const;
export const FIG2_COLUMNS = ['Source', 'Commodity', 'Net_Import_Reliance_pct_2024', 'Major_Import_Sources_2020_2023'] as const;
export const FIG2_NIR_COLUMN = /^Net_Import_Reliance_pct_(\d{4})$/;
export const FIG2_SOURCES_COLUMN = /^Major_Import_Sources_(\d{4})_(\d{4})$/;
export const AUDIT_COLUMNS = ['mcs_chapter', 'section', 'country', 'statistics', 'year', 'raw_value', 'current_value', 'raw_notes', 'current_notes', 'revision_action', 'revision_version', 'revision_note'] as const;

const has = (header: readonly string[], cols: readonly string[]): boolean => cols.every((c) => header.includes(c));

export function detectLayout(header: readonly string[]): McsLayout | undefined {
  if (has(header, LONG_COLUMNS)) return 'long';
  if (has(header, WIDE_COLUMNS) && header.some((h) => WIDE_YEAR_COLUMN.test(h))) return 'wide';
  if (has(header, AUDIT_COLUMNS)) return 'audit';
  if (header.includes('Commodity') && header.some((h) => FIG2_NIR_COLUMN.test(h)) && header.some((h) => FIG2_SOURCES_COLUMN.test(h))) return 'fig2';
  if ((header[0] === 'DataSource' || header[0] === 'Source') && has(header, SALIENT_COLUMNS) && header.length > 3) return 'salient';
  return undefined;
}

/** The error for a header that is none of the MCS layouts: it names the columns each layout needs. */
export function unknownLayoutError(file: string, header: readonly string[]): DataError {
  return new DataError(
    { file, row: 1 },
    `unrecognised header (${header.slice(0, 6).map((h) => `"${h}"`).join(', ')}${header.length > 6 ? ', …' : ''}): not a USGS MCS data-release file`,
    [
      `expected the MCS 2026 long layout (${LONG_COLUMNS.join(', ')})`,
      `or the MCS 2025 wide layout (${WIDE_COLUMNS.join(', ')}, and year columns such as PROD_2023, PROD_EST_ 2024, CAP_2023, RESERVES_2024)`,
      `or an MCS 2025 salient-statistics file (DataSource, Commodity, Year, …), Figure 2 (${FIG2_COLUMNS.join(', ')}), or the MCS 2026 revision audit (${AUDIT_COLUMNS.join(', ')})`,
    ].join('; '),
  );
}
