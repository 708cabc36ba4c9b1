import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../../domain/errors.js';
import { skip, warn, type ImportReport } from '../report.js';
import { addFile, MCS_DATASET, resolveMcsCommodity, type McsNames, type McsRows } from './usgs-mcs-context.js';
import { readPositional, type PositionalRow } from './usgs-mcs-csv.js';
import { parseValueToken, rowQualifier } from './usgs-mcs-tokens.js';
import { checkUnit, normaliseUnit, unitFromSuffix } from './usgs-mcs-units.js';

/**
 * MCS 2025 US salient statistics, one CSV per commodity (`salient/mcs2025-tungs_salient.csv`…,
 * from the MCS 2025 Data Release, https://doi.org/10.5066/P13XCP3R): `DataSource, Commodity,
 * Year`, then one column per statistic named like `USprod_Mine_t`, `Price_WO3_dt`, `NIR_ct`.
 * Each CSV has an FGDC `*_meta.xml` whose `<attr>` entries define the columns (`attrdef`) and
 * their unit (`attrunit`); in 80 of 84 files the entries line up with the columns one to one,
 * even where the names differ, so they are matched by position when the counts agree and by
 * name otherwise. A column the metadata gives no unit takes the unit its suffix implies
 * (`_t` metric tons, `_kt` thousand metric tons, `_dt` dollars per metric ton…); net import
 * reliance is always percent. The metadata says the most recent year is estimated.
 */
interface MetaAttr {
  label: string;
  definition: string;
  unit: string;
}

interface SalientColumn {
  index: number;
  name: string;
  statistic: string;
  detail: string;
  unit: string | undefined;
  commodityLabel: string | undefined;
}

export interface SalientContext {
  report: ImportReport;
  names: McsNames;
  vintageOverride?: string;
}

const KEY_COLUMNS = 3;

/** Statistic names as MCS 2026 writes them, from words in the 2025 column names; first match wins. */
const STATISTICS: [RegExp, string][] = [
  [/nir/i, 'Net import reliance'],
  [/price/i, 'Price'],
  [/import/i, 'Import'],
  [/export/i, 'Export'],
  [/consump|apparent/i, 'Consumption'],
  [/stock/i, 'Stock'],
  [/shipment/i, 'Shipment'],
  [/employment/i, 'Employment'],
  [/sold|sales/i, 'Sales'],
  [/supply/i, 'Supply'],
  [/prod|mine|refinery|extracted|withdrawn|recycled|furnace/i, 'Production'],
];

export function salientStatistic(column: string): string {
  for (const [re, name] of STATISTICS) if (re.test(column)) return name;
  return 'Other';
}

/** The `<attr>` entries of an FGDC metadata file (label, definition, unit), in order. */
export function readMeta(file: string): MetaAttr[] {
  const xml = readFileSync(file, 'utf8');
  const text = (re: RegExp, block: string): string => (re.exec(block)?.[1] ?? '').replace(/\s+/g, ' ').trim();
  const out: MetaAttr[] = [];
  for (const m of xml.matchAll(/<attr>([\s\S]*?)<\/attr>/g)) {
    const block = m[1] as string;
    out.push({ label: text(/<attrlabl>([\s\S]*?)<\/attrlabl>/, block), definition: text(/<attrdef>([\s\S]*?)<\/attrdef>/, block), unit: text(/<attrunit>([\s\S]*?)<\/attrunit>/, block) });
  }
  return out;
}

/** The metadata file beside a salient CSV: same stem, or a stem that is a prefix of the other ("lithium" / "lithi"). */
export function metaFileFor(csv: string): string | undefined {
  const dir = dirname(csv);
  const stem = basename(csv).replace(/_salient\.csv$/i, '');
  const exact = join(dir, `${stem}_meta.xml`);
  if (existsSync(exact)) return exact;
  const candidates = readdirSync(dir).filter((f) => f.endsWith('_meta.xml'));
  const hit = candidates.find((f) => {
    const s = f.replace(/_meta\.xml$/, '');
    return stem.startsWith(s) || s.startsWith(stem);
  });
  return hit ? join(dir, hit) : undefined;
}

/** "Imports for consumption: Concentrate. Data are estimated for the most recent year." → "Imports for consumption: Concentrate". */
function firstSentence(text: string): string {
  return (text.split(/\.\s+(?=[A-Z])/)[0] ?? '').replace(/\.$/, '').trim();
}

function columnsOf(file: string, header: readonly string[], meta: readonly MetaAttr[], metaFile: string | undefined): SalientColumn[] {
  let named = header.length;
  while (named > 0 && header[named - 1] === '') named -= 1;
  const positional = meta.length === named;
  const out: SalientColumn[] = [];
  header.forEach((name, index) => {
    if (index < KEY_COLUMNS || name === '') return;
    const attr = positional ? meta[index] : meta.find((a) => a.label === name);
    const statistic = salientStatistic(name);
    let unit: string | undefined;
    if (statistic === 'Net import reliance') unit = 'percent';
    else if (attr?.unit) unit = checkUnit(attr.unit, true, { file: metaFile ?? file, column: name });
    else unit = unitFromSuffix(name);
    const prefix = name.split('_')[0] ?? '';
    out.push({
      index,
      name,
      statistic,
      detail: attr?.definition ? firstSentence(attr.definition) : name,
      unit: unit === undefined ? undefined : normaliseUnit(unit),
      commodityLabel: resolveMcsCommodity([prefix]) ? prefix : undefined,
    });
  });
  return out;
}

export function parseSalientFile(file: string, out: McsRows, ctx: SalientContext): string {
  const table = readPositional(file);
  const metaFile = metaFileFor(file);
  if (!metaFile) warn(ctx.report, { file }, 'no *_meta.xml beside this file: units come from the column names');
  const meta = metaFile ? readMeta(metaFile) : [];
  const columns = columnsOf(file, table.header, meta, metaFile);
  const rows = table.rows.filter((r) => {
    const blank = r.fields.every((f) => f === '');
    if (blank) skip(ctx.report, 'blank row');
    return !blank;
  });
  if (rows.length === 0) throw new DataError({ file }, 'no data rows', 'pass the salient-statistics CSV as published');
  const vintage = salientVintage(file, rows, ctx.vintageOverride);
  const latest = Math.max(...rows.map((r) => Number(r.fields[2])));
  addFile(out, vintage, file);
  for (const row of rows) {
    ctx.report.rowsRead += 1;
    parseSalientRow(file, row, table.header, columns, vintage, latest, out, ctx);
  }
  return vintage;
}

function salientVintage(file: string, rows: readonly PositionalRow[], override?: string): string {
  for (const r of rows) {
    const y = r.fields[2] ?? '';
    if (!/^\d{4}$/.test(y)) throw new DataError({ file, row: r.line, column: 'Year' }, `"${y}" is not a year`);
  }
  if (override) return override;
  const named = /^MCS\s*(\d{4})$/i.exec(rows[0]?.fields[0] ?? '');
  if (named) return named[1] as string;
  return String(Math.max(...rows.map((r) => Number(r.fields[2]))) + 1);
}

function parseSalientRow(
  file: string,
  row: PositionalRow,
  header: readonly string[],
  columns: readonly SalientColumn[],
  vintage: string,
  latest: number,
  out: McsRows,
  ctx: SalientContext,
): void {
  const year = Number(row.fields[2]);
  const label = row.fields[1] ?? '';
  header.forEach((name, index) => {
    if (index >= KEY_COLUMNS && name === '' && (row.fields[index] ?? '') !== '') {
      warn(ctx.report, { file, row: row.line }, `a value under an unnamed column (position ${index + 1}) is skipped`);
      skip(ctx.report, 'value under an unnamed column');
    }
  });
  for (const col of columns) {
    const cell = row.fields[col.index] ?? '';
    if (cell === '') {
      skip(ctx.report, 'empty cell (no figure published)');
      continue;
    }
    const token = parseValueToken(cell, { file, row: row.line, column: col.name });
    if (token.caution) warn(ctx.report, { file, row: row.line, column: col.name }, token.caution);
    if (!col.unit) {
      warn(ctx.report, { file, column: col.name }, `no unit for column "${col.name}" in the metadata or its name: the column is skipped`);
      skip(ctx.report, 'salient column without a unit');
      continue;
    }
    const commodity = ctx.names.commodity(col.commodityLabel ? [col.commodityLabel, label] : [label], { file, row: row.line });
    if (!commodity) continue;
    out.salient.push({
      dataset: MCS_DATASET,
      vintage,
      commodity_id: commodity,
      country_iso3: 'USA',
      statistic: col.statistic,
      detail: col.detail,
      year,
      value: token.value,
      unit: col.unit,
      raw: token.raw,
      qualifier: rowQualifier(token, year === latest),
      note: `${basename(file)}, column ${col.name}${year === latest ? ' -- Estimated (most recent year).' : ''}`,
      source_row: row.line,
    });
  }
}
