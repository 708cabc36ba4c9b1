import type { DatasetRecord } from '../domain/records.js';
import type { DeleteSpec } from '../store/bulk.js';
import type { Database, TableName } from '../store/schema.js';
import type { ImportReport } from './report.js';
import type { Progress } from './progress.js';

export type TableRows = { [K in TableName]?: Database[K][] };

/** A batch of rows for one table, for importers that stream (a BACI year has ~10 M rows). */
export interface TableBatch {
  table: TableName;
  rows: Record<string, unknown>[];
}

/** What an importer's parse step returns: validated rows, ready to write in one transaction. */
export interface ParsedImport {
  datasets: DatasetRecord[];
  tables: TableRows;
  /** What to delete first, so that re-importing the same vintage replaces it. */
  replace: DeleteSpec[];
  /** Rows produced lazily while the transaction is open (streaming importers only). */
  batches?: AsyncIterable<TableBatch>;
}

export interface ParseContext {
  report: ImportReport;
  progress: Progress;
  /** Clock, passed in so tests are deterministic. */
  now: () => Date;
  options: { allCodes?: boolean; vintage?: string };
}

/** One module per source under src/ingest/sources/: parse → validate → report; the runner writes. */
export interface SourceImporter {
  /** The id used on the command line: `lodestone import <id> <file>`. */
  id: string;
  title: string;
  /** Default input files, relative to shared/data (e.g. 'raw/worldbank-wgi/WGIData.csv', 'curated/events.csv'). */
  defaultFiles: string[];
  /** Reads and validates the files; throws DataError on anything fatal, warns in the report otherwise. */
  parse(files: string[], ctx: ParseContext): Promise<ParsedImport>;
}
