import { basename } from 'node:path';
import { allCountries } from '../../domain/countries.js';
import { DataError, type DataLocation } from '../../domain/errors.js';
import { readCsv, type CsvTable } from '../csv.js';
import { skip, type ImportReport } from '../report.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { hsCell, optionalNumber, reportedQuantity, requiredNumber, statedIso3, TradeCollector, tradeFlow, yearCell, type TradeSourceInfo } from './trade-common.js';

/**
 * UN Comtrade annual flows of the atlas's 31 critical-material HS6 codes, 2022 and 2024, as
 * reported by each country in both directions (imports M, exports X), incl. World totals (stored
 * with partner 'WLD'). Only the de-duplicated files are read: the raw Comtrade files mix each
 * total with unlabelled breakdowns by transport mode, customs procedure and second partner, so
 * their rows must never be summed (up to 8× the true value; SOURCE.md caveat 6). The
 * de-duplicated files keep, per (reporter, partner, hs6, flow), the largest raw row, which is the
 * total. Values are `primaryValue` in USD (imports CIF, exports FOB), net weight in kg (0 beside a
 * positive value means not reported: stored as null).
 * Source: shared/data/raw/critical-materials-atlas-baci-comtrade (Varcolacus/critical-materials-atlas
 * @ 17b328d2, reconcile/fixtures/raw/comtrade). Citation: United Nations, UN Comtrade Database.
 */
const INFO: TradeSourceInfo = {
  id: 'comtrade-dedup',
  title: 'UN Comtrade reported flows of 31 critical-material HS6 codes, both directions incl. World totals, one row per reporter/partner/code/flow (largest raw row = total)',
  publisher: 'United Nations Statistics Division (UN Comtrade)',
  citation: 'United Nations, UN Comtrade Database, https://comtradeplus.un.org/ (raw pulls committed in Varcolacus/critical-materials-atlas @ 17b328d2, de-duplicated by keeping the largest row)',
  licence: 'UN Comtrade terms of use',
  url: 'https://comtradeplus.un.org/',
  completeness: 'complete',
};

const COLUMNS = ['year', 'reporter_iso3', 'partner_code', 'partner_iso3', 'hs6', 'flow', 'value_usd', 'netwgt_kg'] as const;

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const out = new TradeCollector();
  for (const file of files) readFile(file, out, ctx);
  return out.result(ctx.now());
}

function readFile(file: string, out: TradeCollector, ctx: ParseContext): void {
  const table = readCsv(file);
  checkLayout(table);
  ctx.report.rowsRead += table.rows.length;
  ctx.progress.start(basename(file), table.rows.length);
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    ctx.progress.tick();
    const v = row.values;
    const year = yearCell(row, 'year', file);
    const hs = hsCell(row, 'hs6', file);
    const value = requiredNumber(row, 'value_usd', file);
    const quantity = reportedQuantity(optionalNumber(row, 'netwgt_kg', file), value, { file, row: row.line, column: 'netwgt_kg' }, ctx.report);
    const flow = (v.flow ?? '').trim();
    const key = `${year}|${v.reporter_iso3}|${v.partner_code}|${hs}|${flow}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new DataError(
        { file, row: row.line },
        `second row for reporter ${v.reporter_iso3}, partner ${v.partner_code}, ${hs}, flow ${flow} (first on row ${earlier}): the file is not de-duplicated`,
        'raw Comtrade rows must not be summed; pass the de-duplicated comtrade_dedup_*.csv file',
      );
    }
    seen.set(key, row.line);
    if (flow !== 'M' && flow !== 'X') {
      skip(ctx.report, `flow "${flow}" (only imports M and exports X are kept)`);
      continue;
    }
    const reporter = statedIso3(v.reporter_iso3 ?? '', { file, row: row.line, column: 'reporter_iso3' }, ctx.report);
    if (!reporter) continue;
    const partner = partnerIso3(v.partner_iso3 ?? '', v.partner_code ?? '', { file, row: row.line, column: 'partner_iso3' }, ctx.report);
    if (!partner) continue;
    const vintage = ctx.options.vintage ?? String(year);
    const bucket = out.bucket(INFO, vintage, file);
    bucket.rows.push(
      tradeFlow({
        dataset: INFO.id, vintage, exporter_iso3: flow === 'M' ? partner : reporter, importer_iso3: flow === 'M' ? reporter : partner, year,
        period: String(year), hs_code: hs, value, currency: 'USD', quantity, quantity_unit: quantity === null ? null : 'kg',
        reporter: flow === 'M' ? 'importer' : 'exporter', completeness: INFO.completeness, source_row: row.line,
      }),
    );
  }
  ctx.progress.done();
}

function checkLayout(table: CsvTable): void {
  const missing = COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length === 0) return;
  const looksRaw = table.header.includes('cmd') && table.header.includes('value');
  throw new DataError(
    { file: table.file, row: 1 },
    `unexpected header: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}${looksRaw ? ' (this looks like a raw Comtrade file)' : ''}`,
    looksRaw
      ? 'raw Comtrade rows mix totals with breakdowns and must not be summed; pass comtrade_dedup_*.csv'
      : `expected columns: ${COLUMNS.join(', ')}`,
  );
}

/**
 * The partner's ISO3: as stated, else (blank ISO3) the country whose UN M49 code is the Comtrade
 * partner code (Faroe Islands 234, Antarctica 10…). Codes of no country — 899 "Areas, nes",
 * 568 "Other Europe, nes", 837 bunkers, 838 free zones, 839 special categories — are skipped.
 */
function partnerIso3(iso: string, code: string, where: DataLocation, report: ImportReport): string | undefined {
  if (iso.trim() !== '') return statedIso3(iso, where, report);
  const byM49 = allCountries().find((c) => c.kind !== 'aggregate' && c.m49 !== null && Number(c.m49) === Number(code));
  if (byM49 && code.trim() !== '') return byM49.iso3;
  skip(report, 'partner is an aggregate area (not a country)');
  return undefined;
}

const DIR = 'raw/critical-materials-atlas-baci-comtrade';

export const comtradeDedupImporter: SourceImporter = {
  id: 'comtrade-dedup',
  title: 'UN Comtrade 2022 and 2024, 31 critical-material HS6 codes, de-duplicated (never the raw rows)',
  defaultFiles: [`${DIR}/comtrade_dedup_2022.csv`, `${DIR}/comtrade_dedup_2024.csv`],
  parse,
};
