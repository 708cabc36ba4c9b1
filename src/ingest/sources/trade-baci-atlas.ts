import { basename } from 'node:path';
import { DataError } from '../../domain/errors.js';
import type { TradeFlowRecord } from '../../domain/records.js';
import { readCsv, type CsvRow, type CsvTable } from '../csv.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { baciStatedIso3 } from './trade-baci-codes.js';
import {
  hsCell,
  kusdToUsd,
  optionalNumber,
  requiredNumber,
  tradeCountry,
  TradeCollector,
  tradeFlow,
  vintageOrFail,
  yearCell,
  type TradeSourceInfo,
} from './trade-common.js';

/**
 * CEPII BACI bilateral flows of 31 critical-material HS6 codes, as extracted by the
 * critical-materials-atlas repository (Varcolacus/critical-materials-atlas @ 17b328d2; see
 * shared/data/raw/critical-materials-atlas-baci-comtrade/SOURCE.md). Three layouts, told apart by
 * the header:
 * - `baci_2024_31codes_value_qty.csv`: complete BACI HS17 V202601 for 2024, value in thousand USD
 *   and quantity in tonnes → dataset `baci-atlas-2024-complete` (values stored in USD);
 * - `baci_full_31codes_2022.csv`: complete BACI for 2022, `i,j,cmd,value` in USD, no quantity and
 *   no year column (the year is read from the file name) → `baci-atlas-2022-complete`;
 * - `baci_flows_top6_*.csv`: 2002–2024, each importer's 6 largest suppliers and each exporter's 6
 *   largest customers (ISO2 codes; Namibia is the string "NA"), USD → `baci-atlas-top6`.
 * BACI reconciles exporter and importer declarations, so rows are `reporter: 'reconciled'`.
 * Citation: Gaulier, G. & Zignago, S. (2010), CEPII Working Paper 2010-23.
 */
const BACI_CITATION =
  'Gaulier, G. & Zignago, S. (2010), BACI: International Trade Database at the Product-Level. The 1994-2007 Version. CEPII Working Paper 2010-23. BACI V202601 (HS02 for 2002-2016, HS17 from 2017), as extracted by Varcolacus/critical-materials-atlas @ 17b328d2';
const BACI_URL = 'http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37';
const BACI_LICENCE = 'Etalab Open Licence 2.0 (CEPII BACI); the atlas repository states no licence';

function completeInfo(year: number, withQuantity: boolean): TradeSourceInfo {
  return {
    id: `baci-atlas-${year}-complete`,
    title: withQuantity
      ? `CEPII BACI ${year}, complete bilateral flows of 31 critical-material HS6 codes, with quantities (values converted from thousand USD to USD; quantities in tonnes)`
      : `CEPII BACI ${year}, complete bilateral flows of 31 critical-material HS6 codes (USD, no quantities)`,
    publisher: 'CEPII',
    citation: BACI_CITATION,
    licence: BACI_LICENCE,
    url: BACI_URL,
    completeness: 'complete',
  };
}

const TOP6_INFO: TradeSourceInfo = {
  id: 'baci-atlas-top6',
  title:
    'CEPII BACI 2002-2024, 31 critical-material HS6 codes, top-6 partners per importer and per exporter (USD, no quantities; HS02/HS17 break at 2016/2017; Taiwan and Namibia missing before 2018)',
  publisher: 'CEPII',
  citation: BACI_CITATION,
  licence: BACI_LICENCE,
  url: BACI_URL,
  completeness: 'top-partners',
};

const LAYOUTS = {
  completeWithQuantity: ['year', 'exporter_iso3', 'importer_iso3', 'hs6', 'value_kusd', 'qty_t'],
  completeValue: ['i', 'j', 'cmd', 'value'],
  top6: ['year', 'hs6', 'exporter_iso2', 'importer_iso2', 'value_usd'],
} as const;

type Layout = keyof typeof LAYOUTS;

function detectLayout(table: CsvTable): Layout {
  const found = (Object.keys(LAYOUTS) as Layout[]).find((l) => LAYOUTS[l].every((c) => table.header.includes(c)));
  if (!found) {
    throw new DataError(
      { file: table.file, row: 1 },
      'unexpected header: not one of the atlas BACI layouts',
      `expected columns: ${Object.values(LAYOUTS)
        .map((cols) => cols.join(','))
        .join(' | ')}`,
    );
  }
  return found;
}

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const out = new TradeCollector();
  const top6: { table: CsvTable }[] = [];
  for (const file of files) {
    const table = readCsv(file);
    const layout = detectLayout(table);
    ctx.report.rowsRead += table.rows.length;
    if (layout === 'top6') top6.push({ table });
    else readComplete(table, layout, out, ctx);
  }
  readTop6(top6, out, ctx);
  return out.result(ctx.now());
}

function readComplete(table: CsvTable, layout: Layout, out: TradeCollector, ctx: ParseContext): void {
  const { file } = table;
  const withQty = layout === 'completeWithQuantity';
  const nameYear = /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/.exec(basename(file))?.[1];
  const fileYear = withQty ? undefined : Number(nameYear ?? vintageOrFail(ctx.options.vintage, undefined, file));
  ctx.progress.start(basename(file), table.rows.length);
  for (const row of table.rows) {
    ctx.progress.tick();
    const year = fileYear ?? yearCell(row, 'year', file);
    const cols = withQty
      ? { exporter: 'exporter_iso3', importer: 'importer_iso3', hs: 'hs6', value: 'value_kusd' }
      : { exporter: 'i', importer: 'j', hs: 'cmd', value: 'value' };
    const hs = hsCell(row, cols.hs, file);
    const raw = requiredNumber(row, cols.value, file);
    const quantity = withQty ? optionalNumber(row, 'qty_t', file) : null;
    const exporter = baciStatedIso3(row.values[cols.exporter] ?? '', { file, row: row.line, column: cols.exporter }, ctx.report);
    if (!exporter) continue;
    const importer = baciStatedIso3(row.values[cols.importer] ?? '', { file, row: row.line, column: cols.importer }, ctx.report);
    if (!importer) continue;
    const vintage = ctx.options.vintage ?? String(year);
    const bucket = out.bucket(completeInfo(year, withQty), vintage, file);
    bucket.rows.push(
      flowRow(bucket.info.id, vintage, exporter, importer, year, hs, withQty ? kusdToUsd(raw) : raw, quantity, withQty ? 't' : null, 'complete', row),
    );
  }
  ctx.progress.done();
}

function readTop6(tables: { table: CsvTable }[], out: TradeCollector, ctx: ParseContext): void {
  if (tables.length === 0) return;
  let maxYear = 0;
  const parsed: { file: string; row: CsvRow; year: number }[] = [];
  for (const { table } of tables) {
    for (const row of table.rows) {
      const year = yearCell(row, 'year', table.file);
      maxYear = Math.max(maxYear, year);
      parsed.push({ file: table.file, row, year });
    }
  }
  const vintage = ctx.options.vintage ?? String(maxYear);
  ctx.progress.start('BACI top-6 partners', parsed.length);
  for (const { file, row, year } of parsed) {
    ctx.progress.tick();
    const hs = hsCell(row, 'hs6', file);
    const value = requiredNumber(row, 'value_usd', file);
    const exporter = tradeCountry(row.values.exporter_iso2 ?? '', { file, row: row.line, column: 'exporter_iso2' }, ctx.report);
    if (!exporter) continue;
    const importer = tradeCountry(row.values.importer_iso2 ?? '', { file, row: row.line, column: 'importer_iso2' }, ctx.report);
    if (!importer) continue;
    const bucket = out.bucket(TOP6_INFO, vintage, file);
    bucket.rows.push(flowRow(TOP6_INFO.id, vintage, exporter, importer, year, hs, value, null, null, 'top-partners', row));
  }
  ctx.progress.done();
}

function flowRow(
  dataset: string,
  vintage: string,
  exporter: string,
  importer: string,
  year: number,
  hs: string,
  value: number,
  quantity: number | null,
  unit: string | null,
  completeness: TradeFlowRecord['completeness'],
  row: CsvRow,
): TradeFlowRecord {
  return tradeFlow({
    dataset, vintage, exporter_iso3: exporter, importer_iso3: importer, year, period: String(year), hs_code: hs, value, currency: 'USD',
    quantity, quantity_unit: quantity === null ? null : unit, reporter: 'reconciled', completeness, source_row: row.line,
  });
}

const DIR = 'raw/critical-materials-atlas-baci-comtrade';

export const baciAtlasImporter: SourceImporter = {
  id: 'baci-atlas',
  title: 'CEPII BACI flows of 31 critical-material HS6 codes (critical-materials-atlas extract): complete 2024 with tonnes, complete 2022, top-6 partners 2002-2024',
  defaultFiles: [
    `${DIR}/baci_2024_31codes_value_qty.csv`,
    `${DIR}/baci_full_31codes_2022.csv`,
    `${DIR}/baci_flows_top6_2002_2009.csv`,
    `${DIR}/baci_flows_top6_2010_2016.csv`,
    `${DIR}/baci_flows_top6_2017_2024.csv`,
  ],
  parse,
};
