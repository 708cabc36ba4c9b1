import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { DataError } from '../../domain/errors.js';
import type { DatasetRecord, TradeFlowRecord } from '../../domain/records.js';
import type { DeleteSpec } from '../../store/bulk.js';
import { checkHeader, streamCsv } from '../csv.js';
import { skip } from '../report.js';
import type { ParseContext, ParsedImport, SourceImporter, TableBatch } from '../types.js';
import { BaciCountryResolver, bundledBaciCodes, codeListBeside, readBaciCodes } from './trade-baci-codes.js';
import {
  datasetRecord,
  inCommodityMap,
  kusdToUsd,
  optionalNumber,
  replaceTrade,
  requiredNumber,
  RowHasher,
  tradeFlow,
  yearCell,
  type TradeSourceInfo,
} from './trade-common.js';

/**
 * CEPII BACI as CEPII publishes it (`BACI_HS17_Y2024_V202601.csv`, one file per year, about 10 M
 * rows): columns `t,i,j,k,v,q` = year, exporter code, importer code, HS6 product, value in
 * thousand USD (FOB), quantity in tonnes (blank or "NA" when unknown). Streamed in constant
 * memory: rows are yielded in batches while the import transaction is open, so a whole year fits
 * well under 1 GB. Only HS6 codes of the commodity map (commoditiesForHs) are kept unless
 * `--all-codes`. Values are stored in USD (× 1000), quantities in tonnes.
 *
 * Country codes: the `country_codes_V*.csv` found beside the data file (CEPII ships it in every
 * BACI archive), else the CEPII list bundled in trade-baci-codes.ts. Each file is dataset `baci`,
 * vintage = its year (or --vintage), so re-importing a year — from a newer BACI release too —
 * replaces that year. The dataset row is written last, once its row count and hash are known.
 * Citation: Gaulier, G. & Zignago, S. (2010), BACI, CEPII Working Paper 2010-23.
 */
const COLUMNS = ['t', 'i', 'j', 'k', 'v', 'q'] as const;
const BATCH_ROWS = 5000;
const DATASET_ID = 'baci';

interface FilePlan {
  file: string;
  year: number;
  vintage: string;
  nomenclature: string;
  release: string;
  codeList: string | undefined;
}

function info(plan: FilePlan, allCodes: boolean): TradeSourceInfo {
  const scope = allCodes ? 'all HS6 codes' : 'HS6 codes of the commodity map';
  return {
    id: DATASET_ID,
    title: `CEPII BACI ${plan.nomenclature} ${plan.release}, ${plan.year}: complete bilateral flows, ${scope} (values converted from thousand USD to USD; quantities in tonnes)`,
    publisher: 'CEPII',
    citation: `Gaulier, G. & Zignago, S. (2010), BACI: International Trade Database at the Product-Level. The 1994-2007 Version. CEPII Working Paper 2010-23. BACI ${plan.nomenclature} ${plan.release}; country codes: ${plan.codeList ? basename(plan.codeList) : 'bundled CEPII list V202601'}`,
    licence: 'Etalab Open Licence 2.0',
    url: 'http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37',
    completeness: 'complete',
  };
}

/** The header and first data line, read without streaming the whole file (refuses empty and binary files). */
function firstLines(file: string): string[] {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    if (n === 0) throw new DataError({ file }, 'file is empty', 'pass the full BACI year file as published');
    if (buf.subarray(0, n).includes(0)) throw new DataError({ file }, 'file is binary, not CSV', 'unzip the BACI archive and pass its BACI_HS*_Y*_V*.csv file');
    return buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(0, 2);
  } finally {
    closeSync(fd);
  }
}

function plan(file: string, ctx: ParseContext): FilePlan {
  let lines: string[];
  try {
    lines = firstLines(file);
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError({ file }, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'check the path');
  }
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  checkHeader(file, header, COLUMNS);
  const name = basename(file);
  const nameYear = /_Y(\d{4})/.exec(name)?.[1];
  const firstT = (lines[1] ?? '').split(',')[header.indexOf('t')]?.trim();
  const detected = nameYear ?? firstT;
  if (!detected || !/^\d{4}$/.test(detected)) throw new DataError({ file, row: 2, column: 't' }, 'cannot tell the year of this BACI file', 'name it as CEPII does (BACI_HS17_Y2024_V202601.csv) or check column t');
  const codeList = codeListBeside(file);
  const release = /_V(\d{6}[a-z]?)/.exec(name)?.[1];
  return {
    file,
    year: Number(detected),
    vintage: ctx.options.vintage ?? detected,
    nomenclature: /_(HS\d{2})_/.exec(name)?.[1] ?? 'HS',
    release: release ? `V${release}` : 'release unknown',
    codeList,
  };
}

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const plans = files.map((f) => plan(f, ctx));
  const vintages = new Set<string>();
  for (const p of plans) {
    if (vintages.has(p.vintage)) throw new DataError({ file: p.file }, `a second file for ${p.vintage}`, 'import one file per year');
    vintages.add(p.vintage);
  }
  const datasets: DatasetRecord[] = [];
  const replace: DeleteSpec[] = plans.flatMap((p) => [replaceTrade(DATASET_ID, p.vintage), { table: 'dataset' as const, where: { id: DATASET_ID, vintage: p.vintage } }]);
  return { datasets, tables: {}, replace, batches: streamAll(plans, datasets, ctx) };
}

/**
 * Yields trade rows in batches, then each file's dataset row. The dataset records are also added
 * to `datasets` (the array the ParsedImport returned), so the import run is recorded for them.
 */
async function* streamAll(plans: FilePlan[], datasets: DatasetRecord[], ctx: ParseContext): AsyncGenerator<TableBatch> {
  const allCodes = ctx.options.allCodes === true;
  const kept = new Map<string, boolean>();
  for (const p of plans) {
    const meta = info(p, allCodes);
    const resolver = new BaciCountryResolver(p.codeList ? readBaciCodes(p.codeList) : bundledBaciCodes());
    const hasher = new RowHasher();
    let count = 0;
    let batch: TradeFlowRecord[] = [];
    ctx.progress.start(basename(p.file));
    for await (const row of streamCsv(p.file, COLUMNS)) {
      ctx.report.rowsRead += 1;
      if (ctx.report.rowsRead % 10000 === 0) ctx.progress.tick(10000);
      const year = yearCell(row, 't', p.file);
      if (year !== p.year) throw new DataError({ file: p.file, row: row.line, column: 't' }, `year ${year} in a file of ${p.year}`, 'BACI files hold one year each');
      const k = (row.values.k ?? '').padStart(6, '0');
      if (!/^\d{6}$/.test(k)) throw new DataError({ file: p.file, row: row.line, column: 'k' }, `"${row.values.k}" is not an HS6 code`, 'fix the value or remove the row');
      const value = requiredNumber(row, 'v', p.file);
      const quantity = optionalNumber(row, 'q', p.file);
      let inMap = kept.get(k);
      if (inMap === undefined) {
        inMap = inCommodityMap(k);
        kept.set(k, inMap);
      }
      if (!allCodes && !inMap) {
        skip(ctx.report, 'HS6 code outside the commodity map (use --all-codes to keep every code)');
        continue;
      }
      const exporter = resolver.resolve(row.values.i ?? '', { file: p.file, row: row.line, column: 'i' }, ctx.report);
      if (!exporter) continue;
      const importer = resolver.resolve(row.values.j ?? '', { file: p.file, row: row.line, column: 'j' }, ctx.report);
      if (!importer) continue;
      const flow = tradeFlow({
        dataset: DATASET_ID, vintage: p.vintage, exporter_iso3: exporter, importer_iso3: importer, year, period: String(year), hs_code: k,
        value: kusdToUsd(value), currency: 'USD', quantity, quantity_unit: quantity === null ? null : 't', reporter: 'reconciled',
        completeness: 'complete', source_row: row.line,
      });
      hasher.add(flow);
      count += 1;
      batch.push(flow);
      if (batch.length >= BATCH_ROWS) {
        yield { table: 'trade_flow', rows: batch as unknown as Record<string, unknown>[] };
        batch = [];
      }
    }
    if (batch.length > 0) yield { table: 'trade_flow', rows: batch as unknown as Record<string, unknown>[] };
    ctx.progress.done();
    const record = datasetRecord(meta, p.vintage, [p.file], count, hasher.digest(), ctx.now());
    datasets.push(record);
    yield { table: 'dataset', rows: [record as unknown as Record<string, unknown>] };
  }
}

export const baciCsvImporter: SourceImporter = {
  id: 'baci',
  title: 'CEPII BACI year file as published (t,i,j,k,v,q), streamed; HS6 codes of the commodity map unless --all-codes',
  defaultFiles: [],
  parse,
};
