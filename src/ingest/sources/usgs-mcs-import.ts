import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../../domain/errors.js';
import type { ParseContext, ParsedImport } from '../types.js';
import { readRevisions, reportUnusedRevisions, type Revision } from './usgs-mcs-audit.js';
import { emptyRows, McsNames } from './usgs-mcs-context.js';
import { readHeader } from './usgs-mcs-csv.js';
import { mcsDataset, mcsReplace } from './usgs-mcs-dataset.js';
import { parseFig2File } from './usgs-mcs-fig2.js';
import { detectLayout, unknownLayoutError, type McsLayout } from './usgs-mcs-layout.js';
import { parseLongFile } from './usgs-mcs-long.js';
import { parseSalientFile } from './usgs-mcs-salient-2025.js';
import { parseWideFile } from './usgs-mcs-wide.js';

/**
 * The parse step shared by the `usgs-mcs-2026` and `usgs-mcs-2025` importers. Each input is
 * recognised by its header, so either importer accepts either edition's files: the MCS 2026
 * long file (+ its revision audit), the MCS 2025 wide world file, the MCS 2025 salient CSVs (or
 * their folder) and Figure 2. Rows are stored under dataset "usgs-mcs" with the vintage read
 * from each file (or --vintage); each vintage found gets its dataset record and replaces its
 * earlier rows.
 */
const ORDER: Record<McsLayout, number> = { audit: 0, long: 1, wide: 2, salient: 3, fig2: 4 };
const MERGED_SALIENT = ['file', 'source', 'commodity', 'year', 'variable', 'value_raw'];

/** Folders stand for the CSV files in them (the MCS 2025 salient/ folder). */
export function expandInputs(files: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    let isDir = false;
    try {
      isDir = statSync(f).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      out.push(f);
      continue;
    }
    const csvs = readdirSync(f).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
    if (csvs.length === 0) throw new DataError({ file: f }, 'folder holds no CSV files', 'pass the MCS files or the salient/ folder');
    out.push(...csvs.map((n) => join(f, n)));
  }
  return out;
}

export function classify(file: string): McsLayout {
  const header = readHeader(file);
  const layout = detectLayout(header);
  if (layout) return layout;
  if (MERGED_SALIENT.every((c, i) => header[i] === c)) {
    throw new DataError({ file, row: 1 }, 'this is a merge of the MCS 2025 salient CSVs without their units', 'pass the salient/ folder (each CSV with its *_meta.xml) instead');
  }
  throw unknownLayoutError(file, header);
}

export async function parseMcs(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const inputs = expandInputs(files);
  if (inputs.length === 0) throw new DataError({ file: '(none)' }, 'no input files', 'pass the MCS data-release files');
  const typed = inputs.map((file) => ({ file, layout: classify(file) })).sort((a, b) => ORDER[a.layout] - ORDER[b.layout]);
  if (typed.every((t) => t.layout === 'audit')) {
    throw new DataError({ file: inputs.join(', ') }, 'only a revision audit was given', 'pass the MCS 2026 data file with it');
  }
  const rows = emptyRows();
  const names = new McsNames(ctx.report);
  const vintageOverride = ctx.options.vintage;
  const base = { report: ctx.report, names, vintageOverride };
  let revisions: Map<string, Revision> | undefined;
  let auditFile: string | undefined;
  ctx.progress.start('USGS MCS', typed.length);
  for (const { file, layout } of typed) {
    if (layout === 'audit') {
      revisions = new Map([...(revisions ?? []), ...readRevisions(file)]);
      auditFile = file;
    } else if (layout === 'long') parseLongFile(file, rows, { ...base, revisions, auditFile });
    else if (layout === 'wide') parseWideFile(file, rows, base);
    else if (layout === 'salient') parseSalientFile(file, rows, base);
    else parseFig2File(file, rows, base);
    ctx.progress.tick();
  }
  ctx.progress.done();
  if (revisions && auditFile) reportUnusedRevisions(revisions, ctx.report, auditFile);
  const vintages = [...rows.files.keys()].sort();
  const importedAt = ctx.now().toISOString();
  return {
    datasets: vintages.map((v) => mcsDataset(v, rows, importedAt)),
    tables: { figure: rows.figure, salient: rows.salient, import_share: rows.import_share },
    replace: vintages.flatMap(mcsReplace),
  };
}
