import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { commoditiesForHs } from '../../domain/commodities.js';
import { resolveCountry } from '../../domain/countries.js';
import { DataError, type DataLocation } from '../../domain/errors.js';
import type { Completeness, DatasetRecord, TradeFlowRecord } from '../../domain/records.js';
import type { DeleteSpec } from '../../store/bulk.js';
import { csvLine } from '../csv-write.js';
import { readCsv, type CsvRow, type CsvTable } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import { contentHash } from '../run-import.js';
import type { ParseContext, ParsedImport } from '../types.js';

/**
 * Helpers shared by the trade-flow importers (trade-*.ts): every one of them writes rows of the
 * single `trade_flow` table, one dataset per source (and vintage), with its completeness recorded
 * so that a share is never computed over an excerpt without saying so.
 */

/** What describes a trade dataset besides its vintage and files (see docs/data-sources.md). */
export interface TradeSourceInfo {
  id: string;
  title: string;
  publisher: string;
  citation: string;
  licence: string;
  url: string;
  completeness: Completeness;
}

/** A trade-flow row with its columns always in the same order (the bulk insert takes them from the first row). */
export function tradeFlow(f: TradeFlowRecord): TradeFlowRecord {
  return {
    dataset: f.dataset,
    vintage: f.vintage,
    exporter_iso3: f.exporter_iso3,
    importer_iso3: f.importer_iso3,
    year: f.year,
    period: f.period,
    hs_code: f.hs_code,
    value: f.value,
    currency: f.currency,
    quantity: f.quantity,
    quantity_unit: f.quantity_unit,
    reporter: f.reporter,
    completeness: f.completeness,
    source_row: f.source_row,
  };
}

/** The dataset record for rows of one dataset vintage; the hash is over the rows as CSV lines. */
export function tradeDataset(info: TradeSourceInfo, vintage: string, files: readonly string[], rows: readonly TradeFlowRecord[], importedAt: Date): DatasetRecord {
  return datasetRecord(info, vintage, files, rows.length, contentHash(rows.map((r) => csvLine(Object.values(r)))), importedAt);
}

export function datasetRecord(info: TradeSourceInfo, vintage: string, files: readonly string[], rowCount: number, hash: string, importedAt: Date): DatasetRecord {
  return {
    id: info.id,
    vintage,
    title: info.title,
    publisher: info.publisher,
    citation: info.citation,
    licence: info.licence,
    url: info.url,
    completeness: info.completeness,
    files: files.map(rawRelative).join(';'),
    row_count: rowCount,
    content_hash: hash,
    imported_at: importedAt.toISOString(),
  };
}

/** The same hash as contentHash(), fed one row at a time (streaming importers). */
export class RowHasher {
  private readonly h = createHash('sha256');
  add(row: TradeFlowRecord): void {
    this.h.update(csvLine(Object.values(row))).update('\n');
  }
  digest(): string {
    return this.h.digest('hex').slice(0, 16);
  }
}

/** Re-importing a dataset vintage deletes its earlier rows first. */
export function replaceTrade(dataset: string, vintage: string): DeleteSpec {
  return { table: 'trade_flow', where: { dataset, vintage } };
}

/** A source file's path relative to data/raw (as the dataset record lists it), else its name. */
export function rawRelative(file: string): string {
  const norm = file.replace(/\\/g, '/');
  const at = norm.lastIndexOf('/data/raw/');
  return at >= 0 ? norm.slice(at + '/data/raw/'.length) : basename(file);
}

/** Rows grouped by vintage, in first-seen order. */
export function byVintage(rows: readonly TradeFlowRecord[]): Map<string, TradeFlowRecord[]> {
  const out = new Map<string, TradeFlowRecord[]>();
  for (const r of rows) {
    const list = out.get(r.vintage) ?? [];
    list.push(r);
    out.set(r.vintage, list);
  }
  return out;
}

/** A four-digit year cell; anything else is a DataError naming the cell. */
export function yearCell(row: CsvRow, column: string, file: string): number {
  const raw = (row.values[column] ?? '').trim();
  const m = /^(\d{4})(?:\.0)?$/.exec(raw);
  const year = m ? Number(m[1]) : NaN;
  if (!(year >= 1900 && year <= 2100)) throw new DataError({ file, row: row.line, column }, `"${raw}" is not a year`, 'fix the value or remove the row');
  return year;
}

/** A number cell that must be present. */
export function requiredNumber(row: CsvRow, column: string, file: string): number {
  const raw = (row.values[column] ?? '').replace(/,/g, '').trim();
  if (raw === '') throw new DataError({ file, row: row.line, column }, 'empty value where a number is required', 'fix the value or remove the row');
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new DataError({ file, row: row.line, column }, `"${row.values[column]}" is not a number`, 'fix the value or remove the row');
  return n;
}

/**
 * An optional quantity cell: blank or "NA" (BACI's marker for a missing quantity) is null; any
 * other text is a DataError naming the cell.
 */
export function optionalNumber(row: CsvRow, column: string, file: string): number | null {
  const raw = (row.values[column] ?? '').replace(/,/g, '').trim();
  if (raw === '' || raw === 'NA') return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new DataError({ file, row: row.line, column }, `"${row.values[column]}" is not a number`, 'fix the value or remove the row');
  return n;
}

/**
 * An HS/CN code cell: 4 to 10 digits. A combined code that a source writes for the sum of several
 * codes ("252810+252890", boron in BACI HS02 years; "250410;250490" in the GeoPolRisk example) is
 * kept exactly as given, so it is never mistaken for either code alone.
 */
export function hsCell(row: CsvRow, column: string, file: string): string {
  const raw = (row.values[column] ?? '').trim();
  if (!/^\d{4,10}([+;]\d{4,10})*$/.test(raw)) throw new DataError({ file, row: row.line, column }, `"${raw}" is not an HS code`, 'product codes are 4 to 10 digits (several joined by "+" or ";")');
  return raw;
}

/** BACI reports values in thousand US dollars; stored values are US dollars (kept to 0.001 USD). */
export function kusdToUsd(kusd: number): number {
  return Math.round(kusd * 1e6) / 1e3;
}

const WORLD_CODES = new Set(['WLD', 'W00', '0', 'WORLD']);

/** Whether a partner token is the "World" total (exporter 'WLD' in stored rows). */
export function isWorld(token: string): boolean {
  return WORLD_CODES.has(token.trim().toUpperCase());
}

/**
 * Whether a code the country reference does not know stands for an area rather than a country:
 * UN Comtrade's "_X" (areas nes), "X1" (bunkers), "X2" (free zones), "E19" (other Europe nes),
 * BACI's "R20" (EFTA nes), "ZA1" (Southern African Customs Union until 1999) — codes with a digit
 * or a leading "_". ("S19", other Asia nes, is Taiwan, which the reference resolves first.)
 */
export function isAreaCode(code: string): boolean {
  const c = code.trim();
  return c.startsWith('_') || (/^[A-Z0-9]{2,3}$/i.test(c) && /\d/.test(c) && !/^\d+$/.test(c));
}

/**
 * ISO3 for a country code or name as a trade source gives it (ISO2, ISO3 or a name), through the
 * country reference. An area code is a counted skip; an unknown one a warning and a counted skip
 * (undefined either way). Codes are matched exactly as given: Namibia's ISO2 is the string "NA"
 * and stays Namibia.
 */
export function tradeCountry(token: string, where: DataLocation, report: ImportReport): string | undefined {
  const t = token.trim();
  if (isWorld(t)) return 'WLD';
  const iso3 = t === '' ? undefined : resolveCountry(t);
  if (iso3) return iso3;
  if (isAreaCode(t)) {
    skip(report, 'partner is an aggregate area (not a country)');
    return undefined;
  }
  warn(report, where, `unknown country "${t}": rows skipped`);
  skip(report, 'unknown country');
  return undefined;
}

/**
 * ISO3 for a code a source states as ISO3 itself (BACI, de-duplicated Comtrade): kept as given
 * even if the country reference lacks it (with a warning), since the code list is the source's
 * own; an area code is a counted skip (undefined).
 */
export function statedIso3(code: string, where: DataLocation, report: ImportReport): string | undefined {
  const c = code.trim().toUpperCase();
  if (isWorld(c)) return 'WLD';
  const known = resolveCountry(c);
  if (known) return known;
  if (isAreaCode(c)) {
    skip(report, 'partner is an aggregate area (not a country)');
    return undefined;
  }
  warn(report, where, `ISO3 code "${c}" is not in the country reference; kept as given`);
  return c;
}

/**
 * Whether a BACI HS6 code belongs to the commodity map: a code of the map covers it (2611 covers
 * 261100), or a longer CN8 code of the map sits inside it (25309040, lithium minerals, lies in the
 * HS6 basket 253090, which BACI cannot split), via commoditiesForHs.
 */
export function inCommodityMap(hs6: string): boolean {
  return commoditiesForHs(hs6, { nested: true }).length > 0;
}

/** The vintage: the one asked for, else the one the file states, else a DataError. */
export function vintageOrFail(asked: string | undefined, detected: string | undefined, file: string): string {
  const v = asked ?? detected;
  if (!v) throw new DataError({ file }, 'cannot tell the vintage (year) of this file', 'pass --vintage YEAR');
  return v;
}

/** The rows of one dataset vintage being gathered by an importer. */
export interface TradeBucket {
  info: TradeSourceInfo;
  vintage: string;
  files: string[];
  rows: TradeFlowRecord[];
}

/** Collects rows per dataset vintage and turns them into a ParsedImport (datasets, rows, replace specs). */
export class TradeCollector {
  private readonly buckets = new Map<string, TradeBucket>();

  bucket(info: TradeSourceInfo, vintage: string, file: string): TradeBucket {
    const key = `${info.id}\u0000${vintage}`;
    let b = this.buckets.get(key);
    if (!b) {
      b = { info, vintage, files: [], rows: [] };
      this.buckets.set(key, b);
    }
    if (!b.files.includes(file)) b.files.push(file);
    return b;
  }

  result(importedAt: Date): ParsedImport {
    const list = [...this.buckets.values()];
    return {
      datasets: list.map((b) => tradeDataset(b.info, b.vintage, b.files, b.rows, importedAt)),
      tables: { trade_flow: list.flatMap((b) => b.rows) },
      replace: list.map((b) => replaceTrade(b.info.id, b.vintage)),
    };
  }
}

/**
 * A reported quantity: Comtrade-derived files write 0 (or leave blank) where no weight was
 * reported, so a zero quantity beside a positive value is stored as not available (null), with
 * one warning per file and column.
 */
export function reportedQuantity(quantity: number | null, value: number | null, where: DataLocation, report: ImportReport): number | null {
  if (quantity === 0 && value !== null && value > 0) {
    warn(report, { file: where.file, row: where.row, column: where.column }, 'quantity 0 beside a positive value: stored as not available');
    return null;
  }
  return quantity;
}

/** Parses each file into one collector: the shape of every small trade importer's parse step. */
export function parseEachFile(files: readonly string[], ctx: ParseContext, readFile: (file: string, out: TradeCollector, ctx: ParseContext) => void): ParsedImport {
  const out = new TradeCollector();
  for (const file of files) readFile(file, out, ctx);
  return out.result(ctx.now());
}

/**
 * Reads a trade CSV with its year column: the rows (counted as read), each row's year, and the
 * vintage (the --vintage option, else the latest year); starts the progress bar.
 */
export function readYearTable(file: string, columns: readonly string[], yearColumn: string, ctx: ParseContext): { table: CsvTable; years: number[]; vintage: string } {
  const table = readCsv(file, columns);
  ctx.report.rowsRead += table.rows.length;
  const years = table.rows.map((r) => yearCell(r, yearColumn, file));
  const vintage = ctx.options.vintage ?? String(Math.max(...years));
  ctx.progress.start(basename(file), table.rows.length);
  return { table, years, vintage };
}
