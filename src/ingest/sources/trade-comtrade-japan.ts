import { DataError } from '../../domain/errors.js';
import { warn } from '../report.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { hsCell, requiredNumber, tradeCountry, TradeCollector, tradeFlow, type TradeSourceInfo, parseEachFile, readYearTable } from './trade-common.js';

/**
 * UN Comtrade: Japan's imports of 14 critical-input HS4 headings by partner, 2022-2024, USD
 * (2024 holds only 7 rows: an incomplete year, reported as a warning). HS4 is broad (2836 and
 * 2825 are not lithium-specific). Source: shared/data/raw/un-comtrade-japan-critical-inputs-hs4
 * (burvolapp-arch/isi-backend @ c6f55b09, data/validated/JP/critical_inputs/un_comtrade.csv).
 * Citation: United Nations, UN Comtrade Database.
 */
const INFO: TradeSourceInfo = {
  id: 'comtrade-japan',
  title: 'UN Comtrade: Japan imports of 14 critical-input HS4 headings by partner, 2022-2024 (USD; 2024 incomplete; small partners may be missing)',
  publisher: 'United Nations Statistics Division (UN Comtrade)',
  citation: 'United Nations, UN Comtrade Database, https://comtradeplus.un.org/ (reporter Japan, imports, HS4; extract by burvolapp-arch/isi-backend @ c6f55b09)',
  licence: 'UN Comtrade terms of use; the extracting repository says "Proprietary"',
  url: 'https://comtradeplus.un.org/',
  completeness: 'reporter-complete',
};

const COLUMNS = ['reporter', 'partner', 'value', 'year', 'product_code', 'unit'] as const;

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  return parseEachFile(files, ctx, readFile);
}

function readFile(file: string, out: TradeCollector, ctx: ParseContext): void {
  const { table, years, vintage } = readYearTable(file, COLUMNS, 'year', ctx);
  warnThinYears(years, file, ctx);
  table.rows.forEach((row, i) => {
    ctx.progress.tick();
    const year = years[i] as number;
    const hs = hsCell(row, 'product_code', file);
    const value = requiredNumber(row, 'value', file);
    const currency = (row.values.unit ?? '').trim();
    if (!/^[A-Z]{3}$/.test(currency)) throw new DataError({ file, row: row.line, column: 'unit' }, `unknown unit "${currency}"`, 'the unit is a currency code such as USD');
    const importer = tradeCountry(row.values.reporter ?? '', { file, row: row.line, column: 'reporter' }, ctx.report);
    if (!importer) return;
    const exporter = tradeCountry(row.values.partner ?? '', { file, row: row.line, column: 'partner' }, ctx.report);
    if (!exporter) return;
    const bucket = out.bucket(INFO, vintage, file);
    bucket.rows.push(
      tradeFlow({
        dataset: INFO.id, vintage, exporter_iso3: exporter, importer_iso3: importer, year, period: String(year), hs_code: hs, value,
        currency, quantity: null, quantity_unit: null, reporter: 'importer', completeness: INFO.completeness, source_row: row.line,
      }),
    );
  });
  ctx.progress.done();
}

/** A year with under a tenth of the rows of the fullest year is flagged as incomplete. */
function warnThinYears(years: number[], file: string, ctx: ParseContext): void {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const most = Math.max(...counts.values());
  for (const [y, n] of counts) {
    if (n < most / 10) warn(ctx.report, { file, column: 'year' }, `${y} has only ${n} rows (the fullest year has ${most}): an incomplete year`);
  }
}

export const comtradeJapanImporter: SourceImporter = {
  id: 'comtrade-japan',
  title: 'UN Comtrade Japan imports of critical-input HS4 headings by partner, 2022-2024',
  defaultFiles: ['raw/un-comtrade-japan-critical-inputs-hs4/jp_critical_inputs_un_comtrade_hs4_2022_2024.csv'],
  parse,
};
