import { createHash } from 'node:crypto';
import type { Store } from '../store/connection.js';
import { deleteRows, insertRows } from '../store/bulk.js';
import type { TableName } from '../store/schema.js';
import { newReport, type ImportReport } from './report.js';
import { silentProgress, type Progress } from './progress.js';
import type { ParsedImport, SourceImporter } from './types.js';

export interface RunOptions {
  progress?: Progress;
  now?: () => Date;
  allCodes?: boolean;
  vintage?: string;
}

/**
 * parse → validate → report → write in one transaction. Any error before or during the write
 * leaves the database exactly as it was; re-importing a dataset vintage replaces its rows.
 */
export async function runImport(store: Store, importer: SourceImporter, files: string[], opts: RunOptions = {}): Promise<ImportReport> {
  const report = newReport(importer.id, files);
  const now = opts.now ?? (() => new Date());
  const started = now().toISOString();
  const parsed = await importer.parse(files, {
    report,
    progress: opts.progress ?? silentProgress,
    now,
    options: { allCodes: opts.allCodes, vintage: opts.vintage },
  });
  await writeParsed(store, parsed, report, opts.progress ?? silentProgress);
  const finished = now().toISOString();
  await store.db
    .insertInto('import_run')
    .values(
      parsed.datasets.map((d) => ({
        source: importer.id,
        dataset: d.id,
        vintage: d.vintage,
        started_at: started,
        finished_at: finished,
        rows_read: report.rowsRead,
        rows_stored: report.rowsStored,
        rows_skipped: Object.values(report.skipped).reduce((a, b) => a + b, 0),
        report: JSON.stringify({ skipped: report.skipped, warnings: report.warnings.slice(0, 200) }),
      })),
    )
    .execute();
  return report;
}

export async function writeParsed(store: Store, parsed: ParsedImport, report: ImportReport, progress: Progress = silentProgress): Promise<void> {
  const total = Object.values(parsed.tables).reduce((a, rows) => a + (rows?.length ?? 0), 0);
  progress.start(`writing ${report.source}`, total);
  await store.db.transaction().execute(async (trx) => {
    for (const spec of parsed.replace) await deleteRows(trx, spec);
    for (const d of parsed.datasets) {
      await trx.deleteFrom('dataset').where('id', '=', d.id).where('vintage', '=', d.vintage).execute();
    }
    await insertRows(store, trx, 'dataset', parsed.datasets as never);
    let stored = 0;
    for (const [table, rows] of Object.entries(parsed.tables)) {
      stored += await insertRows(store, trx, table as TableName, rows as never);
      progress.tick((rows as unknown[]).length);
    }
    if (parsed.batches) {
      for await (const batch of parsed.batches) {
        const n = await insertRows(store, trx, batch.table, batch.rows);
        if (batch.table !== 'dataset') stored += n;
        progress.tick(n);
      }
    }
    report.rowsStored = stored;
  });
  progress.done();
}

/** A stable hash of a dataset's rows (the data build stamp and change detection use it). */
export function contentHash(parts: Iterable<string>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\n');
  return h.digest('hex').slice(0, 16);
}
