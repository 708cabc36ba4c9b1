import { basename } from 'node:path';
import { DataError } from '../../domain/errors.js';
import { readCsv } from '../csv.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { hsCell, optionalNumber, reportedQuantity, requiredNumber, tradeCountry, TradeCollector, tradeFlow, type TradeSourceInfo, parseEachFile } from './trade-common.js';

/**
 * China's monthly exports by destination, derived from UN Comtrade (reporter China), 2017-01 to
 * 2024-12: the table `deep_dive_hs6_monthly.csv` of qennis/ChinaCriticalMineralComtrade, the only
 * one with partner, HS6, month, value (USD) and quantity (kg). It covers the author's HS6 groups
 * of China's tariff lines — 250410 natural graphite (spherical + flake), 380110 artificial
 * graphite, 811292 unwrought gallium and germanium — for China's top destinations: a partner
 * excerpt. Rare earths and the Ga/Ge compounds appear only as broad groups without HS codes in the
 * other tables, so they are not trade flows here. A quantity of 0 beside a positive value (811292
 * in 2017) means not reported and is stored as null. Source: shared/data/raw/
 * china-critical-mineral-exports-comtrade-monthly (@ 44040f49). Citation: United Nations, UN
 * Comtrade Database.
 */
const INFO: TradeSourceInfo = {
  id: 'china-exports-monthly',
  title: 'China monthly exports of natural graphite (250410), artificial graphite (380110) and unwrought Ga/Ge (811292) to its top destinations, 2017-01 to 2024-12 (USD, kg; from UN Comtrade)',
  publisher: 'United Nations Statistics Division (UN Comtrade); tables by qennis/ChinaCriticalMineralComtrade',
  citation: 'United Nations, UN Comtrade Database (reporter China, monthly exports); derived tables in qennis/ChinaCriticalMineralComtrade @ 44040f49, data_output/tables/deep_dive_hs6_monthly.csv',
  licence: 'UN Comtrade terms of use; the derived tables state no licence (internal analysis only, do not redistribute)',
  url: 'https://github.com/qennis/ChinaCriticalMineralComtrade',
  completeness: 'partner-excerpt',
};

const COLUMNS = ['period_dt', 'partner_name', 'hs6', 'val', 'qty'] as const;

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  return parseEachFile(files, ctx, readFile);
}

function readFile(file: string, out: TradeCollector, ctx: ParseContext): void {
  const table = readCsv(file, COLUMNS);
  ctx.report.rowsRead += table.rows.length;
  const months = table.rows.map((row) => {
    const raw = (row.values.period_dt ?? '').trim();
    const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(raw);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new DataError({ file, row: row.line, column: 'period_dt' }, `"${raw}" is not a month`, 'expected YYYY-MM-DD or YYYY-MM');
    return { year: Number(m[1]), period: `${m[1]}-${m[2]}` };
  });
  const vintage = ctx.options.vintage ?? String(Math.max(...months.map((m) => m.year)));
  ctx.progress.start(basename(file), table.rows.length);
  table.rows.forEach((row, i) => {
    ctx.progress.tick();
    const { year, period } = months[i] as { year: number; period: string };
    const hs = hsCell(row, 'hs6', file);
    const value = requiredNumber(row, 'val', file);
    const quantity = reportedQuantity(optionalNumber(row, 'qty', file), value, { file, row: row.line, column: 'qty' }, ctx.report);
    const importer = tradeCountry(row.values.partner_name ?? '', { file, row: row.line, column: 'partner_name' }, ctx.report);
    if (!importer) return;
    out.bucket(INFO, vintage, file).rows.push(
      tradeFlow({
        dataset: INFO.id, vintage, exporter_iso3: 'CHN', importer_iso3: importer, year, period, hs_code: hs, value, currency: 'USD',
        quantity, quantity_unit: quantity === null ? null : 'kg', reporter: 'exporter', completeness: INFO.completeness, source_row: row.line,
      }),
    );
  });
  ctx.progress.done();
}

export const chinaExportsMonthlyImporter: SourceImporter = {
  id: 'china-exports-monthly',
  title: 'China monthly exports of graphite and unwrought Ga/Ge by destination, 2017-2024 (UN Comtrade)',
  defaultFiles: ['raw/china-critical-mineral-exports-comtrade-monthly/tables/deep_dive_hs6_monthly.csv'],
  parse,
};
