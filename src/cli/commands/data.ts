import { existsSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DataError, UsageError } from '../../domain/errors.js';
import { writeBundle } from '../../ingest/bundle.js';
import { newReport, formatReport, type ImportReport } from '../../ingest/report.js';
import { silentProgress, terminalProgress } from '../../ingest/progress.js';
import { SOURCES } from '../../ingest/sources/index.js';
import type { TableRows } from '../../ingest/types.js';
import { bundleDir } from '../db-open.js';
import { parseCommand, printJson, sharedDir, stringFlag, type CliIO } from '../io.js';

/**
 * The time the data build stamps on its rows and manifest, instead of the wall clock, so that two
 * builds of the same inputs give byte-identical data/ files and the same build hash. Move it
 * forward when the shared data are refreshed (or pass --built-at). `lodestone import` of a
 * user's newer file keeps the real clock.
 */
export const BUNDLE_BUILT_AT = '2026-11-29T00:00:00.000Z';

const HELP = `Usage: lodestone data build [--shared DIR] [--out DIR] [--only SOURCE,...] [--built-at DATE]
Runs every importer over ../shared/data (raw and curated) and writes the compact normalised
tables, a manifest (citations, licences, build stamp) and the import reports into data/.
The build is deterministic: every timestamp it writes (imported_at, created_at, updated_at,
built_at) is --built-at (an ISO date or date-time), by default ${BUNDLE_BUILT_AT}.
`;

/** The fixed clock of the data build: `builtAt` (ISO date or date-time) or BUNDLE_BUILT_AT. */
export function bundleClock(builtAt?: string): () => Date {
  const text = builtAt ?? BUNDLE_BUILT_AT;
  const ms = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(text) ? Date.parse(text) : Number.NaN;
  // Date.parse rolls an impossible day over (2027-02-30 → 2 March); refuse it instead.
  if (Number.isNaN(ms) || (text.length === 10 && new Date(ms).toISOString().slice(0, 10) !== text)) throw new UsageError(`data: --built-at "${text}" is not an ISO date`, 'e.g. --built-at 2027-01-31 or --built-at 2027-01-31T12:00:00Z');
  return () => new Date(ms);
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, { shared: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' }, 'built-at': { type: 'string' } }, 'data');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals[0] !== 'build') throw new UsageError(`data: unknown subcommand "${positionals[0] ?? ''}"`, 'use "data build"');
  const shared = sharedDir(stringFlag(values, 'shared'), io.env);
  if (!existsSync(join(shared, 'data'))) throw new DataError({ file: shared }, 'shared data folder not found', 'put the shared folder beside the repository or pass --shared DIR');
  const out = resolve(io.cwd, stringFlag(values, 'out') ?? bundleDir());
  const only = stringFlag(values, 'only')?.split(',');
  const now = bundleClock(stringFlag(values, 'built-at'));
  const tables: TableRows = {};
  const reports: ImportReport[] = [];
  for (const source of SOURCES) {
    if (only && !only.includes(source.id)) continue;
    const files = source.defaultFiles.map((f) => join(shared, 'data', f));
    const report = newReport(source.id, source.defaultFiles);
    const parsed = await source.parse(files, { report, progress: io.isTTY ? terminalProgress() : silentProgress, now, options: {} });
    let stored = 0;
    const append = (t: string, rows: readonly unknown[]): void => {
      const all = tables as Record<string, unknown[]>;
      const list = all[t] ?? [];
      for (const r of rows) list.push(r);
      all[t] = list;
    };
    for (const [t, rows] of Object.entries({ dataset: parsed.datasets, ...parsed.tables })) {
      append(t, rows as unknown[]);
      if (t !== 'dataset') stored += (rows as unknown[]).length;
    }
    if (parsed.batches) {
      for await (const b of parsed.batches) {
        append(b.table, b.rows);
        if (b.table !== 'dataset') stored += b.rows.length;
      }
    }
    report.rowsStored = stored;
    reports.push(report);
    if (!values.json) io.stderr(`${formatReport(report)}\n`);
  }
  const manifest = writeBundle(out, tables, now().toISOString());
  // warnings name their files relative to the shared data folder, as `files` does, so the report does not depend on where it was built
  const dataDir = join(shared, 'data');
  for (const r of reports) for (const w of r.warnings) if (w.file && isAbsolute(w.file)) w.file = relative(dataDir, w.file);
  writeFileSync(join(out, 'import-report.json'), `${JSON.stringify(reports, null, 2)}\n`);
  if (values.json) printJson(io, { out, build: manifest.build, tables: manifest.tables, reports });
  else io.stdout(`wrote ${Object.keys(manifest.tables).length} tables to ${out} (build ${manifest.build})\n`);
  return 0;
}
