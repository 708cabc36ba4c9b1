import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../domain/errors.js';
import type { DatasetRecord } from '../domain/records.js';
import type { TableName } from '../store/schema.js';
import { contentHash } from './run-import.js';
import { toCsv } from './csv-write.js';
import { csvRecords } from './csv-records.js';
import type { TableRows } from './types.js';

/**
 * The bundled data: compact normalised tables in `data/<table>.csv`, committed, so a fresh clone
 * builds its database offline. `manifest.json` lists each table's columns and types, every
 * dataset with citation and licence, and a build stamp (a hash over all table contents).
 */
export interface BundleManifest {
  build: string;
  built_at: string;
  tables: Record<string, { columns: string[]; types: ('text' | 'number')[]; rows: number; hash: string }>;
  datasets: Pick<DatasetRecord, 'id' | 'vintage' | 'title' | 'publisher' | 'citation' | 'licence' | 'url' | 'completeness' | 'row_count'>[];
}

export function writeBundle(dir: string, tables: TableRows, builtAt: string): BundleManifest {
  mkdirSync(dir, { recursive: true });
  const manifest: BundleManifest = { build: '', built_at: builtAt, tables: {}, datasets: [] };
  const hashes: string[] = [];
  for (const [table, rows] of Object.entries(tables).sort(([a], [b]) => a.localeCompare(b))) {
    const list = (rows ?? []) as Record<string, unknown>[];
    if (list.length === 0) continue;
    const columns = Object.keys(list[0] as Record<string, unknown>);
    const types = columns.map((c) => (list.every((r) => r[c] === null || typeof r[c] === 'number') ? 'number' : 'text') as 'text' | 'number');
    const sorted = [...list].sort((a, b) => compareRows(a, b, columns));
    const text = toCsv(columns, sorted);
    writeFileSync(join(dir, `${table}.csv`), text);
    const hash = contentHash([text]);
    hashes.push(`${table}:${hash}`);
    manifest.tables[table] = { columns, types, rows: list.length, hash };
  }
  manifest.datasets = ((tables.dataset ?? []) as DatasetRecord[]).map((d) => ({
    id: d.id, vintage: d.vintage, title: d.title, publisher: d.publisher, citation: d.citation,
    licence: d.licence, url: d.url, completeness: d.completeness, row_count: d.row_count,
  }));
  manifest.build = contentHash(hashes);
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function compareRows(a: Record<string, unknown>, b: Record<string, unknown>, columns: string[]): number {
  for (const c of columns) {
    const x = a[c];
    const y = b[c];
    if (x === y) continue;
    if (x === null || x === undefined) return -1;
    if (y === null || y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

export function readManifest(dir: string): BundleManifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new DataError({ file }, 'no bundled data manifest', 'run "npm run data:build" with ../shared present, or reinstall');
  return JSON.parse(readFileSync(file, 'utf8')) as BundleManifest;
}

/** Reads one bundled table back into typed rows (numbers as numbers, null vs "" preserved). */
export function readBundleTable(dir: string, table: TableName, manifest: BundleManifest): Record<string, unknown>[] {
  const columns = manifest.tables[table]?.columns ?? [];
  const out: Record<string, unknown>[] = [];
  for (const values of bundleTableValues(dir, table, manifest)) {
    const row: Record<string, unknown> = {};
    columns.forEach((c, j) => {
      row[c] = values[j];
    });
    out.push(row);
  }
  return out;
}

/**
 * Streams one bundled table as value arrays in the manifest's column order (numbers converted),
 * for loading without building row objects. Errors name the file and line.
 */
export function* bundleTableValues(dir: string, table: TableName, manifest: BundleManifest): Generator<unknown[]> {
  const spec = manifest.tables[table];
  if (!spec) return;
  const file = join(dir, `${table}.csv`);
  const numeric = spec.types.map((t) => t === 'number');
  let line = 0;
  try {
    for (const rec of csvRecords(readFileSync(file, 'utf8'))) {
      line += 1;
      if (line === 1) continue;
      if (rec.length !== spec.columns.length) throw new DataError({ file, row: line }, `expected ${spec.columns.length} fields, got ${rec.length}`, 'rebuild with "npm run data:build"');
      const out: unknown[] = rec;
      for (let j = 0; j < rec.length; j += 1) if (numeric[j] && rec[j] !== null) out[j] = Number(rec[j]);
      yield out;
    }
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError({ file, row: line }, (err as Error).message, 'rebuild with "npm run data:build"');
  }
}
