import { basename } from 'node:path';
import { DataError } from '../../domain/errors.js';
import type { TradeFlowRecord } from '../../domain/records.js';
import { readCsv, type CsvRow } from '../csv.js';
import { skip, warn } from '../report.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { hsCell, requiredNumber, tradeCountry, TradeCollector, tradeFlow, yearCell, type TradeSourceInfo } from './trade-common.js';

/**
 * USITC DataWeb: US imports for consumption (customs value) and domestic exports (FAS value) of
 * 25 mineral HTS4 headings, by partner, 1993-2025 full years plus January-April year-to-date
 * (1993-2026), for 18 selected partners only (no World total, no Central Asian partner) — a
 * partner excerpt. Periods stay honest: '2025' for a full year, '2026-01/2026-04' for the YTD.
 *
 * The long files (flattened from the DataWeb workbooks) give, per partner, heading, year and
 * period, one value row per first-unit-of-quantity "bucket" (kilograms, metric tons, number, no
 * units collected…) and the matching first-unit quantity row; one stored row joins the two, so a
 * heading split over two units is two rows whose values add up to the heading total. Second-unit
 * rows (content kilograms, independent of the value buckets) are counted and not stored.
 * Source: shared/data/raw/usitc-dataweb-us-mineral-trade (therealjameswilson/
 * critical-minerals-records-stage-v3 @ a67e3d42, retrieved from DataWeb 2026-07-10).
 */
const INFO: TradeSourceInfo = {
  id: 'usitc-dataweb',
  title: 'USITC DataWeb: US imports for consumption and domestic exports of 25 mineral HTS4 headings, 18 selected partners only, 1993-2025 annual and Jan-Apr YTD to 2026 (USD; quantities in the first unit)',
  publisher: 'U.S. International Trade Commission (DataWeb), from U.S. Census Bureau statistics',
  citation: 'U.S. International Trade Commission, DataWeb, https://dataweb.usitc.gov/ (queries of 2026-07-10 in therealjameswilson/critical-minerals-records-stage-v3 @ a67e3d42)',
  licence: 'US Government work, public domain (repository MIT)',
  url: 'https://dataweb.usitc.gov/',
  completeness: 'partner-excerpt',
};

const COLUMNS = ['flow', 'measure', 'partner', 'hts4', 'unit', 'year', 'period', 'value'] as const;

const FLOWS: Readonly<Record<string, 'importer' | 'exporter'>> = { imports_for_consumption: 'importer', domestic_exports: 'exporter' };
const VALUE_MEASURES = new Set(['Customs Value', 'FAS Value']);
const QUANTITY_MEASURE = 'First Unit of Quantity';
const SECOND_QUANTITY_MEASURE = 'Second Unit of Quantity';

/** DataWeb quantity units → stored unit ("content" = metal content, not gross weight). */
const UNITS: Readonly<Record<string, string | null>> = {
  kilograms: 'kg',
  'metric tons': 't',
  grams: 'g',
  'component kilograms': 'kg content',
  'component grams': 'g content',
  'component tons': 't content',
  'gold content grams': 'g gold content',
  number: 'number',
  'no units collected': null,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Bucket {
  flow: string;
  partner: string;
  hs: string;
  year: number;
  period: string;
  unit: string | null;
  value?: { n: number; row: CsvRow };
  quantity?: { n: number; row: CsvRow };
}

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const out = new TradeCollector();
  for (const file of files) readFile(file, out, ctx);
  return out.result(ctx.now());
}

function periodOf(raw: string, year: number, row: CsvRow, file: string): string {
  if (raw === 'annual') return String(year);
  const m = /^([a-z]{3})-([a-z]{3})_ytd$/.exec(raw);
  const from = m ? MONTHS.indexOf(m[1] as string) + 1 : 0;
  const to = m ? MONTHS.indexOf(m[2] as string) + 1 : 0;
  if (from < 1 || to < from) throw new DataError({ file, row: row.line, column: 'period' }, `"${raw}" is not a period`, 'expected "annual" or a year-to-date span such as "jan-apr_ytd"');
  const mm = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${mm(from)}/${year}-${mm(to)}`;
}

function readFile(file: string, out: TradeCollector, ctx: ParseContext): void {
  const table = readCsv(file, COLUMNS);
  ctx.report.rowsRead += table.rows.length;
  const buckets = new Map<string, Bucket>();
  let lastYear = 0;
  ctx.progress.start(basename(file), table.rows.length);
  for (const row of table.rows) {
    ctx.progress.tick();
    const v = row.values;
    const flow = (v.flow ?? '').trim();
    if (!FLOWS[flow]) throw new DataError({ file, row: row.line, column: 'flow' }, `"${flow}" is not a DataWeb flow`, `expected ${Object.keys(FLOWS).join(' or ')}`);
    const year = yearCell(row, 'year', file);
    lastYear = Math.max(lastYear, year);
    const period = periodOf((v.period ?? '').trim(), year, row, file);
    const hs = hsCell(row, 'hts4', file);
    const n = requiredNumber(row, 'value', file);
    const unitText = (v.unit ?? '').trim();
    if (!(unitText in UNITS)) throw new DataError({ file, row: row.line, column: 'unit' }, `unknown unit "${unitText}"`, `known units: ${Object.keys(UNITS).join(', ')}`);
    const measure = (v.measure ?? '').trim();
    const isValue = VALUE_MEASURES.has(measure);
    if (!isValue && measure !== QUANTITY_MEASURE) {
      if (measure === SECOND_QUANTITY_MEASURE) skip(ctx.report, 'second unit of quantity (content basis, independent of the value buckets)');
      else {
        warn(ctx.report, { file, row: row.line, column: 'measure' }, `measure "${measure}" is not kept`);
        skip(ctx.report, 'unknown measure');
      }
      continue;
    }
    const key = [flow, v.partner, hs, year, period, unitText].join('|');
    const b = buckets.get(key) ?? { flow, partner: v.partner ?? '', hs, year, period, unit: UNITS[unitText] ?? null };
    buckets.set(key, b);
    const slot = isValue ? 'value' : 'quantity';
    const earlier = b[slot];
    if (earlier) throw new DataError({ file, row: row.line, column: 'measure' }, `second "${measure}" row for ${b.partner}, ${hs}, ${period}, ${unitText} (first on row ${earlier.row.line})`, 'remove the duplicate row');
    b[slot] = { n, row };
  }
  ctx.progress.done();
  const vintage = ctx.options.vintage ?? String(lastYear);
  for (const b of buckets.values()) {
    const flow = toFlow(b, vintage, file, ctx);
    if (flow) out.bucket(INFO, vintage, file).rows.push(flow);
  }
}

function toFlow(b: Bucket, vintage: string, file: string, ctx: ParseContext): TradeFlowRecord | undefined {
  const first = (b.value ?? b.quantity) as { row: CsvRow };
  const partner = tradeCountry(b.partner, { file, row: first.row.line, column: 'partner' }, ctx.report);
  if (!partner) return undefined;
  const side = FLOWS[b.flow] as 'importer' | 'exporter';
  const quantity = b.unit === null ? null : (b.quantity?.n ?? null);
  return tradeFlow({
    dataset: INFO.id, vintage, exporter_iso3: side === 'importer' ? partner : 'USA', importer_iso3: side === 'importer' ? 'USA' : partner, year: b.year,
    period: b.period, hs_code: b.hs, value: b.value?.n ?? null, currency: 'USD', quantity, quantity_unit: quantity === null ? null : b.unit,
    reporter: side, completeness: INFO.completeness, source_row: first.row.line,
  });
}

const DIR = 'raw/usitc-dataweb-us-mineral-trade';

export const usitcImporter: SourceImporter = {
  id: 'usitc-dataweb',
  title: 'USITC DataWeb US imports and domestic exports of mineral HTS4 headings, 18 partners, 1993-2026',
  defaultFiles: [`${DIR}/us_imports_long_1993_2026.csv`, `${DIR}/us_exports_long_1993_2026.csv`],
  parse,
};
