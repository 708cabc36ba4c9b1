import { basename } from 'node:path';
import { countryEntry, isAggregateName, resolveCountry } from '../../domain/countries.js';
import { DataError, type DataLocation } from '../../domain/errors.js';
import type { GovernanceDimension, GovernanceRecord } from '../../domain/records.js';
import { readCsv, type CsvRow } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import { contentHash } from '../run-import.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';

/**
 * World Bank Worldwide Governance Indicators (Kaufmann, D. and Kraay, A., Worldwide Governance
 * Indicators, 2023 Update, www.govindicators.org; CC BY 4.0): the bulk-download WGIData.csv, wide,
 * one row per economy and indicator code (VA, PV, GE, RQ, RL, CC × EST, PER.RNK, STD.ERR, NO.SRC,
 * PER.RNK.LOWER/UPPER), one column per year (1996, 1998, 2000, 2002…), a trailing comma on every
 * line. Stored long: one governance row per economy, dimension and year holding the estimate,
 * percentile rank, standard error and number of sources; its source_row is the line of the
 * estimate. The percentile-rank confidence bounds are not kept. Vintage: the update year, which
 * is the latest data year + 1 (the 2023 update covers 1996–2022), or --vintage.
 */
export const WGI_DATASET = 'wgi';
const BASE_COLUMNS = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'] as const;
const DIMENSIONS: readonly GovernanceDimension[] = ['VA', 'PV', 'GE', 'RQ', 'RL', 'CC'];
type Measure = 'estimate' | 'percentile_rank' | 'std_error' | 'n_sources';
const MEASURES: Record<string, Measure> = { EST: 'estimate', 'PER.RNK': 'percentile_rank', 'STD.ERR': 'std_error', 'NO.SRC': 'n_sources' };
const BOUNDS = new Set(['PER.RNK.LOWER', 'PER.RNK.UPPER']);

/** World Bank region and income-group codes, should a file carry them: aggregates, never countries. */
const WB_AGGREGATES = new Set(
  ('AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN LDC LIC LMC LMY LTE ' +
    'MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD').split(' '),
);

export const worldbankWgi: SourceImporter = {
  id: 'worldbank-wgi',
  title: 'World Bank Worldwide Governance Indicators (six dimensions, 1996–2022)',
  defaultFiles: ['raw/worldbank-wgi/WGIData.csv'],
  async parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
    if (files.length !== 1) throw new DataError({ file: files.join(', ') || '(none)' }, `expected one WGIData.csv, got ${files.length} files`);
    const file = files[0] as string;
    const table = readCsv(file, BASE_COLUMNS);
    const years = table.header.filter((h) => /^\d{4}$/.test(h));
    if (years.length === 0) throw new DataError({ file, row: 1 }, 'no year columns', `expected ${BASE_COLUMNS.join(', ')}, then one column per year (1996, 1998, …)`);
    if (table.rows.length === 0) throw new DataError({ file }, 'no data rows', 'pass WGIData.csv as published');
    ctx.report.rowsRead += table.rows.length;
    ctx.progress.start('World Bank WGI', table.rows.length);
    const records = new Map<string, GovernanceRecord>();
    const countries = new WgiCountries(ctx.report);
    const seen = new Set<string>();
    for (const row of table.rows) {
      ctx.progress.tick();
      readRow(file, row, years, records, countries, seen, ctx.report);
    }
    ctx.progress.done();
    const governance = [...records.values()].filter((r) => {
      const empty = r.estimate === null && r.percentile_rank === null && r.std_error === null && r.n_sources === null;
      if (empty) skip(ctx.report, 'no data for that economy, dimension and year');
      return !empty;
    });
    const vintage = ctx.options.vintage ?? String(governance.reduce((m, r) => Math.max(m, r.year), 0) + 1);
    for (const r of governance) r.vintage = vintage;
    return {
      datasets: [
        {
          id: WGI_DATASET,
          vintage,
          title: `Worldwide Governance Indicators, ${vintage} update`,
          publisher: 'World Bank',
          citation: `Kaufmann, D. and Kraay, A. (${vintage}). Worldwide Governance Indicators, ${vintage} Update (www.govindicators.org). World Bank.`,
          licence: 'CC BY 4.0',
          url: 'https://www.worldbank.org/en/publication/worldwide-governance-indicators',
          completeness: null,
          files: /data\/raw\/(.+)$/.exec(file.replace(/\\/g, '/'))?.[1] ?? basename(file),
          row_count: governance.length,
          content_hash: contentHash(governance.map((r) => JSON.stringify(r))),
          imported_at: ctx.now().toISOString(),
        },
      ],
      tables: { governance },
      replace: [{ table: 'governance', where: { dataset: WGI_DATASET, vintage } }],
    };
  },
};

function readRow(
  file: string,
  row: CsvRow,
  years: readonly string[],
  records: Map<string, GovernanceRecord>,
  countries: WgiCountries,
  seen: Set<string>,
  report: ImportReport,
): void {
  const code = row.values['Country Code'] ?? '';
  const name = row.values['Country Name'] ?? '';
  const indicator = row.values['Indicator Code'] ?? '';
  const at: DataLocation = { file, row: row.line, column: 'Indicator Code' };
  const m = /^([A-Z]{2})\.(.+)$/.exec(indicator);
  const dimension = DIMENSIONS.find((d) => d === m?.[1]);
  const suffix = m?.[2] ?? '';
  if (dimension && BOUNDS.has(suffix)) {
    skip(report, 'percentile-rank confidence bounds (not stored)');
    return;
  }
  const measure = MEASURES[suffix];
  if (!dimension || !measure) {
    warn(report, at, `unknown indicator code "${indicator}" (expected VA, PV, GE, RQ, RL or CC with .EST, .PER.RNK, .STD.ERR or .NO.SRC)`);
    skip(report, 'unknown indicator code');
    return;
  }
  const iso3 = countries.resolve(code, name, { file, row: row.line, column: 'Country Code' });
  if (!iso3) return;
  const key = `${iso3}|${indicator}`;
  if (seen.has(key)) {
    warn(report, at, `${indicator} for ${iso3} appears twice; the later row is skipped`);
    skip(report, 'duplicate economy and indicator');
    return;
  }
  seen.add(key);
  for (const y of years) {
    const value = cell(file, row, y);
    const year = Number(y);
    const rk = `${iso3}|${dimension}|${year}`;
    let rec = records.get(rk);
    if (!rec) {
      rec = { dataset: WGI_DATASET, vintage: '', iso3, year, dimension, estimate: null, percentile_rank: null, std_error: null, n_sources: null, source_row: row.line };
      records.set(rk, rec);
    }
    if (measure === 'estimate') rec.source_row = row.line;
    rec[measure] = value;
    if (value !== null) checkRange(measure, value, { file, row: row.line, column: y }, report);
  }
}

/** ".." and empty cells are missing data; anything else must be a number. */
function cell(file: string, row: CsvRow, column: string): number | null {
  const raw = (row.values[column] ?? '').trim();
  if (raw === '' || raw === '..') return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw)) {
    throw new DataError({ file, row: row.line, column }, `"${raw}" is not a number`, 'fix the value or remove the row');
  }
  return n;
}

function checkRange(measure: Measure, v: number, at: DataLocation, report: ImportReport): void {
  const bad =
    (measure === 'estimate' && Math.abs(v) > 3.5) ||
    (measure === 'percentile_rank' && (v < 0 || v > 100)) ||
    (measure === 'std_error' && v < 0) ||
    (measure === 'n_sources' && (v < 0 || !Number.isInteger(v)));
  if (bad) warn(report, at, `suspicious ${measure} ${v} (kept)`);
}

/**
 * Economies by their World Bank code, which is ISO 3166-1 alpha-3 apart from a few (XKX Kosovo,
 * ANT Netherlands Antilles). The code is trusted over the name (a name could resolve to another
 * economy and duplicate it). Region and income aggregates are skipped; a code the reference lacks
 * is kept as given and warned once.
 */
class WgiCountries {
  private readonly warned = new Set<string>();
  constructor(private readonly report: ImportReport) {}

  resolve(code: string, name: string, at: DataLocation): string | undefined {
    if (WB_AGGREGATES.has(code) || countryEntry(code)?.kind === 'aggregate' || isAggregateName(name)) {
      skip(this.report, 'aggregate or region row');
      return undefined;
    }
    if (!/^[A-Z]{3}$/.test(code)) {
      this.once(at, `"${code}" (${name}) is not a three-letter country code; its rows are skipped`);
      skip(this.report, 'not a country code');
      return undefined;
    }
    const byCode = resolveCountry(code);
    if (byCode) return byCode;
    this.once(at, `${code} (${name}) is not in the country reference; kept as given`);
    return code;
  }

  private once(at: DataLocation, message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this.report, at, message);
  }
}
