import { DataError } from '../../domain/errors.js';
import type { Metric, Qualifier } from '../../domain/records.js';
import { readCsv, type CsvRow } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import { applyRevision, revisionKey, type Revision } from './usgs-mcs-audit.js';
import { addFile, exactCommodity, MCS_DATASET, type McsNames, type McsRows } from './usgs-mcs-context.js';
import { LONG_COLUMNS } from './usgs-mcs-layout.js';
import { figureStage, seriesLabel } from './usgs-mcs-stage.js';
import { isEstimatedNote, parseValueToken, rowQualifier, type ValueToken } from './usgs-mcs-tokens.js';
import { checkUnit } from './usgs-mcs-units.js';

/**
 * The MCS 2026 long layout: U.S. Geological Survey, National Minerals Information Center, 2026,
 * Mineral Commodity Summaries 2026 Data Release, https://doi.org/10.5066/P1WKQ63T
 * (`MCS2026_Commodities_Data.csv`; read the UTF-8 copy, the original is cp1252). One value per
 * row: `MCS chapter, Section, Commodity, Country, Statistics, Statistics_detail, Unit, Year,
 * Value, Notes, …`. Sections become:
 * - "World …" tables (production, reserves, capacity by country) → figure rows; a production
 *   sub-label that names a commodity exactly ("Mine production: Bentonite") gives the row that
 *   commodity, as the MCS 2025 importer does (see exactCommodity);
 * - "Salient Statistics—United States" → salient rows (statistic = Statistics, detail = Statistics_detail);
 * - "Import Sources" (US import sources 2021–24, percent) → import_share rows (share as 0–1).
 * The `Is critical mineral 2025` column is not stored here: the commodity reference table holds
 * the 2025 list.
 */
const WORLD_METRICS: Record<string, Metric> = { production: 'production', reserves: 'reserves', capacity: 'capacity' };

export interface LongContext {
  report: ImportReport;
  names: McsNames;
  vintageOverride?: string;
  revisions?: Map<string, Revision>;
  auditFile?: string;
}

/** The vintage: the override, else the latest data year + 1 (MCS 2026 reports 2025 estimates). */
export function longVintage(file: string, rows: readonly CsvRow[], override?: string): string {
  if (override) return override;
  let latest = 0;
  for (const r of rows) {
    const y = Number(r.values.Year);
    if (/^\d{4}$/.test(r.values.Year ?? '') && y > latest) latest = y;
  }
  if (latest === 0) throw new DataError({ file, column: 'Year' }, 'no four-digit year in the file: cannot tell the MCS vintage', 'pass --vintage YEAR');
  return String(latest + 1);
}

function yearOf(row: CsvRow, file: string): number {
  const y = row.values.Year ?? '';
  if (!/^\d{4}$/.test(y)) throw new DataError({ file, row: row.line, column: 'Year' }, `"${y}" is not a year`, 'a four-digit year is expected in this section');
  return Number(y);
}

/** "2021–24" → "2021-2024". */
export function periodOf(token: string, file: string, line: number): string {
  const m = /^(\d{4})\s*[-–—]\s*(\d{2}|\d{4})$/.exec(token.trim());
  if (!m) throw new DataError({ file, row: line, column: 'Year' }, `"${token}" is not a period such as "2021–24"`);
  const from = m[1] as string;
  const to = (m[2] as string).length === 2 ? `${from.slice(0, 2)}${m[2]}` : (m[2] as string);
  return `${from}-${to}`;
}

const tidy = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export function parseLongFile(file: string, out: McsRows, ctx: LongContext): string {
  const table = readCsv(file, LONG_COLUMNS);
  if (table.rows.length === 0) throw new DataError({ file }, 'no data rows', 'pass the MCS data file as published');
  const vintage = longVintage(file, table.rows, ctx.vintageOverride);
  addFile(out, vintage, file);
  if (ctx.auditFile) addFile(out, vintage, ctx.auditFile);
  for (const row of table.rows) {
    ctx.report.rowsRead += 1;
    parseLongRow(row, file, vintage, out, ctx);
  }
  return vintage;
}

function parseLongRow(row: CsvRow, file: string, vintage: string, out: McsRows, ctx: LongContext): void {
  const v = row.values;
  const section = tidy(v.Section);
  let value = v.Value ?? '';
  let notes = v.Notes ?? '';
  let valueRevised = false;
  let remark = '';
  const rev = ctx.revisions?.get(revisionKey(v['MCS chapter'] ?? '', section, v.Country ?? '', v.Statistics ?? '', v.Year ?? ''));
  if (rev && ctx.auditFile) ({ value, notes, valueRevised, remark } = applyRevision(rev, value, notes, ctx.report, ctx.auditFile, file, row.line));
  const critical = v['Is critical mineral 2025'];
  if (/^(Yes|No)$/.test(notes.trim()) && critical !== undefined && !/^(Yes|No|)$/.test(critical.trim())) {
    // The YTTRIUM world-total row of the v1.0 CSV has its last columns shifted ("Yes" in Notes).
    warn(ctx.report, { file, row: row.line, column: 'Notes' }, `Notes "${notes}" and "Is critical mineral 2025" "${critical}" look shifted: note dropped`);
    notes = '';
  }
  const token = parseValueToken(value, { file, row: row.line, column: 'Value' });
  if (token.caution) warn(ctx.report, { file, row: row.line, column: 'Value' }, token.caution);
  const note = [tidy(notes), remark].filter(Boolean).join(' -- ');
  const qualifier = valueRevised && token.qualifier === null ? 'revised' : rowQualifier(token, isEstimatedNote(notes));
  const where = { file, row: row.line };

  if (section.startsWith('World')) {
    const metric = WORLD_METRICS[tidy(v.Statistics).toLowerCase()];
    if (!metric) {
      skip(ctx.report, `world-table statistic not kept: ${tidy(v.Statistics)}`);
      return;
    }
    const year = yearOf(row, file);
    const unit = checkUnit(v.Unit ?? '', token.value !== null, { file, row: row.line, column: 'Unit' });
    const tableCommodity = ctx.names.commodity([v.Commodity ?? '', v['MCS chapter'] ?? ''], where);
    if (!tableCommodity) return;
    const commodity = metric === 'reserves' ? tableCommodity : (exactCommodity(tidy(v.Statistics_detail).split(':')[1] ?? '') ?? tableCommodity);
    const place = ctx.names.place(v.Country ?? '', { file, row: row.line, column: 'Country' });
    if (!place) return;
    const { series, rounded } = seriesLabel(v.Statistics_detail ?? '');
    out.figure.push({
      dataset: MCS_DATASET,
      vintage,
      commodity_id: commodity,
      country_iso3: place.iso3,
      place: tidy(v.Country),
      is_aggregate: place.isAggregate ? 1 : 0,
      metric,
      stage: figureStage(metric, series, section),
      series,
      year,
      value: token.value,
      unit,
      raw: token.raw,
      qualifier,
      note: [rounded ? 'Rounded.' : '', note].filter(Boolean).join(' -- '),
      source_row: row.line,
    });
    return;
  }

  if (section.startsWith('Salient')) {
    const year = yearOf(row, file);
    const unit = checkUnit(v.Unit ?? '', token.value !== null, { file, row: row.line, column: 'Unit' });
    const commodity = ctx.names.commodity([v.Commodity ?? '', v['MCS chapter'] ?? ''], where);
    if (!commodity) return;
    const place = ctx.names.place(v.Country ?? '', { file, row: row.line, column: 'Country' });
    if (!place) return;
    if (!place.iso3) {
      skip(ctx.report, 'salient statistic for an aggregate');
      return;
    }
    out.salient.push({
      dataset: MCS_DATASET,
      vintage,
      commodity_id: commodity,
      country_iso3: place.iso3,
      statistic: tidy(v.Statistics),
      detail: tidy(v.Statistics_detail),
      year,
      value: token.value,
      unit,
      raw: token.raw,
      qualifier,
      note,
      source_row: row.line,
    });
    return;
  }

  if (section === 'Import Sources') {
    pushImportShare(row, file, vintage, token, qualifier, note, out, ctx);
    return;
  }
  skip(ctx.report, `section not kept: ${section}`);
}

function pushImportShare(
  row: CsvRow,
  file: string,
  vintage: string,
  token: ValueToken,
  qualifier: Qualifier | null,
  note: string,
  out: McsRows,
  ctx: LongContext,
): void {
  const v = row.values;
  const unit = checkUnit(v.Unit ?? '', token.value !== null, { file, row: row.line, column: 'Unit' });
  if (unit !== 'percent') throw new DataError({ file, row: row.line, column: 'Unit' }, `import shares are in percent, this row says "${v.Unit}"`);
  const period = periodOf(v.Year ?? '', file, row.line);
  const commodity = ctx.names.commodity([v.Commodity ?? '', v['MCS chapter'] ?? ''], { file, row: row.line });
  if (!commodity) return;
  const place = ctx.names.place(v.Country ?? '', { file, row: row.line, column: 'Country' });
  if (!place) return;
  const detail = [tidy(v.Statistics_detail), note].filter(Boolean).join(' -- ');
  out.import_share.push({
    dataset: MCS_DATASET,
    vintage,
    commodity_id: commodity,
    importer_iso3: 'USA',
    exporter_iso3: place.iso3,
    place: tidy(v.Country),
    period,
    share: token.value === null ? null : token.value / 100,
    raw: token.raw,
    qualifier,
    detail,
    source_row: row.line,
  });
}
