import { DataError } from '../../domain/errors.js';
import type { FigureRecord, Metric } from '../../domain/records.js';
import { readCsv, type CsvRow } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import { addFile, exactCommodity, MCS_DATASET, type McsNames, type McsRows } from './usgs-mcs-context.js';
import { WIDE_COLUMNS, WIDE_YEAR_COLUMN } from './usgs-mcs-layout.js';
import { figureStage, seriesLabel } from './usgs-mcs-stage.js';
import { isEstimatedNote, parseValueToken, readValueToken, rowQualifier, type ValueToken } from './usgs-mcs-tokens.js';
import { checkUnit, normaliseUnit } from './usgs-mcs-units.js';

/**
 * The MCS 2025 wide layout: U.S. Geological Survey, National Minerals Information Center, 2025,
 * Mineral Commodity Summaries 2025 Data Release, https://doi.org/10.5066/P13XCP3R
 * (`MCS2025_World_Data.csv`). One row per commodity, country and series (`TYPE`), with year
 * columns `PROD_2023`, `PROD_EST_ 2024` (sic, with a space), `CAP_2023`, `CAP_EST_ 2024`,
 * `RESERVES_2024` and a notes column per measure. Rules:
 * - a filled cell is a value token (see usgs-mcs-tokens.ts); `_EST_` columns, a TYPE saying
 *   "estimated" and notes starting "estimated" make the figure an estimate;
 * - an empty cell takes its token from the notes when they are one ("W for 23-24", "NA",
 *   "na for 2023", "Large", "XX", "Less than 1/2 unit"), else it is skipped (nothing published);
 * - reserves whose notes give another unit ("Crude Ore, million metric tons", "(Reserve data is
 *   thousand metric tons)") take that unit for the whole series, with a warning;
 * - a TYPE that names capacity ("Clinker capacity, estimated") makes its PROD columns capacity;
 * - the series is the TYPE, prefixed "Reserves: " / "Capacity: " where the TYPE names production;
 * - production and capacity belong to the commodity the TYPE names after its first comma when
 *   that is exactly a commodity's name ("Refinery production, alumina…" in the Bauxite table →
 *   alumina; "Mine production, Palladium content" → palladium), as MCS 2026 splits them;
 *   reserves, and everything else, to COMMODITY (the PGM reserves sit on the palladium rows).
 */
interface YearColumn {
  column: string;
  metric: Metric;
  year: number;
  estimated: boolean;
}

const METRIC_OF: Record<string, Metric> = { PROD: 'production', CAP: 'capacity', RESERVES: 'reserves' };
const NOTES_OF: Record<Metric, string[]> = { production: ['PROD_NOTES'], capacity: ['CAP_NOTES'], reserves: ['RESERVE_NOTES', 'RESERVES_NOTES'] };
const UNIT_IN_NOTE = /\b((?:thousand|million|billion) metric tons)\b/i;

export interface WideContext {
  report: ImportReport;
  names: McsNames;
  vintageOverride?: string;
}

export function yearColumns(header: readonly string[]): YearColumn[] {
  const out: YearColumn[] = [];
  for (const column of header) {
    const m = WIDE_YEAR_COLUMN.exec(column);
    if (m) out.push({ column, metric: METRIC_OF[m[1] as string] as Metric, year: Number(m[3]), estimated: Boolean(m[2]) });
  }
  return out;
}

/** The vintage: the override, else the SOURCE column ("MCS2025"), else the latest year column + 1. */
export function wideVintage(file: string, rows: readonly CsvRow[], columns: readonly YearColumn[], override?: string): string {
  if (override) return override;
  const named = new Set<string>();
  for (const r of rows) {
    const m = /^MCS\s*(\d{4})$/i.exec(r.values.SOURCE ?? '');
    if (m) named.add(m[1] as string);
  }
  if (named.size > 1) throw new DataError({ file, column: 'SOURCE' }, `rows from several MCS editions (${[...named].join(', ')})`, 'import one edition per file, or pass --vintage');
  const only = [...named][0];
  if (only) return only;
  return String(Math.max(...columns.map((c) => c.year)) + 1);
}

/** A token written in the notes of an empty cell, and the years it covers ("W for 23-24"). */
export function noteToken(note: string, year: number): ValueToken | undefined {
  const clean = note.replace(/\s+/g, ' ').trim();
  const m = /^(.*?)(?:\s+for\s+(.+?))?\s*(?:\(.*\))?\.?$/i.exec(clean);
  if (!m || !m[1]) return undefined;
  const token = readValueToken(m[1]);
  if (!token || token.value !== null) return undefined;
  if (m[2] && !scopeCovers(m[2], year)) return undefined;
  return { ...token, raw: clean };
}

function scopeCovers(scope: string, year: number): boolean {
  const m = /(\d{2,4})(?:\s*[-–]\s*(\d{2,4}))?/.exec(scope);
  if (!m) return true;
  const full = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const from = full(m[1] as string);
  const to = m[2] ? full(m[2]) : from;
  return year >= from && year <= to;
}

const tidy = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();


function notesFor(row: CsvRow, metric: Metric): string {
  for (const c of NOTES_OF[metric]) if (row.values[c] !== undefined) return tidy(row.values[c]);
  return '';
}

const groupKey = (r: CsvRow): string => `${tidy(r.values.COMMODITY)}|${tidy(r.values.TYPE)}`;

/** Units stated in reserve notes, by commodity and series: one row's note applies to its whole table. */
function reserveUnits(rows: readonly CsvRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    const m = UNIT_IN_NOTE.exec(notesFor(r, 'reserves'));
    if (m) out.set(groupKey(r), normaliseUnit(m[1] as string));
  }
  return out;
}

/** The one UNIT_MEAS the other rows of a commodity and series share, for a row that leaves it blank. */
function seriesUnits(rows: readonly CsvRow[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const r of rows) {
    const u = normaliseUnit(r.values.UNIT_MEAS ?? '');
    if (u === '') continue;
    const k = groupKey(r);
    const seen = out.get(k);
    out.set(k, seen === undefined || seen === u ? u : null);
  }
  return out;
}

export function parseWideFile(file: string, out: McsRows, ctx: WideContext): string {
  const table = readCsv(file, WIDE_COLUMNS);
  if (table.rows.length === 0) throw new DataError({ file }, 'no data rows', 'pass the MCS world data file as published');
  const columns = yearColumns(table.header);
  const vintage = wideVintage(file, table.rows, columns, ctx.vintageOverride);
  addFile(out, vintage, file);
  const units: SeriesUnits = { reserves: reserveUnits(table.rows), series: seriesUnits(table.rows) };
  for (const row of table.rows) {
    ctx.report.rowsRead += 1;
    parseWideRow(row, file, vintage, columns, units, out, ctx);
  }
  return vintage;
}

interface SeriesUnits {
  reserves: Map<string, string>;
  series: Map<string, string | null>;
}

/** The unit of one cell: UNIT_MEAS (or its siblings' when blank), and for reserves the unit the notes give. */
function cellUnit(row: CsvRow, file: string, metric: Metric, hasNumber: boolean, units: SeriesUnits, report: ImportReport): string {
  const v = row.values;
  const type = tidy(v.TYPE);
  let published = v.UNIT_MEAS ?? '';
  const sibling = units.series.get(groupKey(row));
  if (published.trim() === '' && sibling) {
    warn(report, { file, row: row.line, column: 'UNIT_MEAS' }, `blank unit: "${sibling}" taken from the other rows of ${tidy(v.COMMODITY)} (${type})`);
    published = sibling;
  }
  const unit = checkUnit(published, hasNumber, { file, row: row.line, column: 'UNIT_MEAS' });
  const reserveUnit = units.reserves.get(groupKey(row));
  if (metric !== 'reserves' || !reserveUnit || reserveUnit === unit) return unit;
  warn(report, { file, column: 'RESERVE_NOTES' }, `${tidy(v.COMMODITY)} (${type}): reserves are in ${reserveUnit} per the reserve notes, not ${unit || 'the UNIT_MEAS unit'}`);
  return reserveUnit;
}

function parseWideRow(row: CsvRow, file: string, vintage: string, columns: readonly YearColumn[], units: SeriesUnits, out: McsRows, ctx: WideContext): void {
  const v = row.values;
  const type = tidy(v.TYPE);
  const { series: label, rounded } = seriesLabel(type);
  const typeCapacity = /capacity/i.test(type);
  const typeEstimated = /\bestimated\b/i.test(type);
  const cells: Omit<FigureRecord, 'dataset' | 'vintage' | 'commodity_id' | 'country_iso3' | 'place' | 'is_aggregate'>[] = [];
  for (const col of columns) {
    const cell = v[col.column] ?? '';
    const note = notesFor(row, col.metric);
    const token = cell !== '' ? parseValueToken(cell, { file, row: row.line, column: col.column }) : noteToken(note, col.year);
    if (!token) {
      skip(ctx.report, 'empty cell (no figure published)');
      continue;
    }
    if (token.caution) warn(ctx.report, { file, row: row.line, column: col.column }, token.caution);
    const metric: Metric = col.metric === 'production' && typeCapacity ? 'capacity' : col.metric;
    cells.push({
      metric,
      stage: figureStage(metric, label),
      series: metric === 'reserves' && !/reserve/i.test(label) ? `Reserves: ${label}` : metric === 'capacity' && !typeCapacity ? `Capacity: ${label}` : label,
      year: col.year,
      value: token.value,
      unit: cellUnit(row, file, col.metric, token.value !== null, units, ctx.report),
      raw: token.raw,
      qualifier: rowQualifier(token, col.estimated || typeEstimated || isEstimatedNote(note)),
      note: [rounded ? 'Rounded.' : '', note].filter(Boolean).join(' -- '),
      source_row: row.line,
    });
  }
  if (cells.length === 0) return;
  const tableCommodity = ctx.names.commodity([v.COMMODITY ?? ''], { file, row: row.line });
  if (!tableCommodity) return;
  const seriesCommodity = exactCommodity(type.split(',')[1] ?? '') ?? tableCommodity;
  const place = ctx.names.place(v.COUNTRY ?? '', { file, row: row.line, column: 'COUNTRY' });
  if (!place) return;
  for (const cell of cells) {
    out.figure.push({
      dataset: MCS_DATASET,
      vintage,
      commodity_id: cell.metric === 'reserves' ? tableCommodity : seriesCommodity,
      country_iso3: place.iso3,
      place: tidy(v.COUNTRY),
      is_aggregate: place.isAggregate ? 1 : 0,
      ...cell,
    });
  }
}
