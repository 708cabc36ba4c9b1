import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataError } from '../../domain/errors.js';
import type { DatasetRecord } from '../../domain/records.js';
import type { DeleteSpec } from '../../store/bulk.js';
import { checkHeader, readCsv, type CsvTable } from '../csv.js';
import { contentHash } from '../run-import.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { sharedDataDir } from './curated-paths.js';
import { CURATED_DEPOSITS_META, CURATED_DEPOSIT_COLUMNS, curatedVintage, parseCuratedDeposits } from './facilities-curated.js';
import { ICMM_COLUMNS, ICMM_META, parseIcmm } from './facilities-icmm.js';
import { facilityRows, mergeSites } from './facilities-merge.js';
import { PORPHYRY_COLUMNS, PORPHYRY_META, parsePorphyry } from './facilities-porphyry.js';
import { vintageFromName, type DatasetMeta, type FacilityDatasetId, type SourceSite } from './facilities-site.js';

/**
 * Facilities and deposits, merged across three datasets (one importer, because a facility is
 * built from all of them): the ICMM Global Mining Dataset 2025, the USGS porphyry copper
 * deposits of the world (OFR 2008-1155) and the curated Central Asian deposits table. Each run
 * rebuilds every facility and facility_source row. `lodestone import facilities <file>` takes
 * one (newer) file of any of the three, recognised by its header; the other two are read from
 * their default places in ../shared/data.
 */

interface Kind {
  id: FacilityDatasetId;
  meta: DatasetMeta;
  columns: readonly string[];
  /** A column only this dataset has, to recognise the file. */
  signature: string;
  defaultFile: string;
}

const KINDS: Kind[] = [
  { id: 'icmm-gmd', meta: ICMM_META, columns: ICMM_COLUMNS, signature: 'ICMMID', defaultFile: 'raw/icmm-global-mining-dataset-2025/icmm_global_mining_dataset_2025_external.csv' },
  { id: 'usgs-porphyry-cu', meta: PORPHYRY_META, columns: PORPHYRY_COLUMNS, signature: 'NameDeposit', defaultFile: 'raw/usgs-porphyry-copper-deposits-2008/PorCuEX2008.csv' },
  { id: 'curated-deposits', meta: CURATED_DEPOSITS_META, columns: CURATED_DEPOSIT_COLUMNS, signature: 'coord_precision', defaultFile: 'curated/deposits.csv' },
];

/** Which of the three datasets a file is, from its header; anything else is a DataError. */
function recognise(table: CsvTable): Kind {
  const kind = KINDS.find((k) => table.header.includes(k.signature));
  if (!kind) {
    throw new DataError(
      { file: table.file, row: 1 },
      'unexpected header: not an ICMM Global Mining Dataset, USGS porphyry copper or curated deposits file',
      KINDS.map((k) => `${k.meta.title}: ${k.columns.join(', ')}`).join(' | '),
    );
  }
  checkHeader(table.file, table.header, kind.columns);
  return kind;
}

function vintageOf(kind: Kind, table: CsvTable, explicit: boolean, ctx: ParseContext): string {
  const found = kind.id === 'curated-deposits' ? curatedVintage(table) : vintageFromName(table.file);
  const vintage = found ?? (explicit ? ctx.options.vintage : undefined);
  if (!vintage) throw new DataError({ file: table.file }, `cannot tell the vintage of this ${kind.meta.title} file`, 'pass --vintage YEAR');
  return vintage;
}

function parseKind(kind: Kind, table: CsvTable, vintage: string, ctx: ParseContext): SourceSite[] {
  if (kind.id === 'icmm-gmd') return parseIcmm(table, vintage, ctx.report);
  if (kind.id === 'usgs-porphyry-cu') return parsePorphyry(table, vintage, ctx.report);
  return parseCuratedDeposits(table, vintage, ctx.report);
}

function datasetRecord(kind: Kind, table: CsvTable, vintage: string, rows: number, ctx: ParseContext): DatasetRecord {
  return {
    ...kind.meta,
    vintage,
    completeness: null,
    files: basename(table.file),
    row_count: rows,
    content_hash: contentHash(table.rows.map((r) => JSON.stringify(r.values))),
    imported_at: ctx.now().toISOString(),
  };
}

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const given = new Map<FacilityDatasetId, CsvTable>();
  for (const file of files) {
    const table = readCsv(file);
    const kind = recognise(table);
    if (given.has(kind.id)) throw new DataError({ file }, `a second ${kind.meta.title} file was given`, 'pass at most one file per dataset');
    given.set(kind.id, table);
  }
  const sites = new Map<FacilityDatasetId, SourceSite[]>();
  const datasets: DatasetRecord[] = [];
  for (const kind of KINDS) {
    let table = given.get(kind.id);
    const explicit = table !== undefined;
    if (!table) {
      const file = join(sharedDataDir(), kind.defaultFile);
      if (!existsSync(file)) throw new DataError({ file }, `default ${kind.meta.title} file not found`, 'pass all three facility files, or put ../shared beside the repository');
      table = readCsv(file);
      recognise(table);
    }
    ctx.progress.start(`facilities: ${kind.id}`, table.rows.length);
    const vintage = vintageOf(kind, table, explicit, ctx);
    const parsed = parseKind(kind, table, vintage, ctx);
    ctx.progress.tick(table.rows.length);
    ctx.progress.done();
    sites.set(kind.id, parsed);
    datasets.push(datasetRecord(kind, table, vintage, parsed.length, ctx));
  }
  const groups = mergeSites(KINDS.map((k) => sites.get(k.id) ?? []));
  const { facilities, sources } = facilityRows(groups);
  const replace: DeleteSpec[] = [
    { table: 'facility_source' },
    { table: 'facility' },
    ...KINDS.map((k): DeleteSpec => ({ table: 'dataset', where: { id: k.id } })),
  ];
  return { datasets, tables: { facility: facilities, facility_source: sources }, replace };
}

export const facilitiesImporter: SourceImporter = {
  id: 'facilities',
  title: 'Facilities and deposits (ICMM 2025, USGS porphyry copper 2008, curated Central Asia)',
  defaultFiles: KINDS.map((k) => k.defaultFile),
  parse,
};
