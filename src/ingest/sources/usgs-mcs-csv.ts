import { parse as parseSync } from 'csv-parse/sync';
import { DataError } from '../../domain/errors.js';
import { readText } from '../csv.js';

/**
 * Positional CSV reading for the MCS files whose headers repeat or leave out column names (the
 * MCS 2025 salient-statistics files have "Price_dt" four times and empty trailing names), and a
 * header peek used to tell the layouts apart. Same checks as src/ingest/csv.ts: empty and binary
 * files, malformed quoting and rows with the wrong number of fields are DataErrors naming the line.
 */
export interface PositionalRow {
  line: number;
  fields: string[];
}

export interface PositionalTable {
  file: string;
  header: string[];
  rows: PositionalRow[];
}

function records(file: string, text: string, toLine?: number): { record: string[]; info: { lines: number } }[] {
  try {
    return parseSync(text, { relax_column_count: true, info: true, skip_empty_lines: true, relax_quotes: true, to_line: toLine }) as never;
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new DataError({ file, row: e.lines }, `malformed CSV: ${e.message}`, 'check quoting on that line');
  }
}

/** The header row, trimmed (the first line only is parsed). */
export function readHeader(file: string): string[] {
  const text = readText(file);
  const first = records(file, text, 1)[0];
  if (!first) throw new DataError({ file }, 'file has no header row');
  return first.record.map((h) => h.trim());
}

export function readPositional(file: string): PositionalTable {
  const all = records(file, readText(file));
  const first = all[0];
  if (!first) throw new DataError({ file }, 'file has no header row');
  const header = first.record.map((h) => h.trim());
  const rows: PositionalRow[] = [];
  for (const rec of all.slice(1)) {
    if (rec.record.length !== header.length) {
      throw new DataError(
        { file, row: rec.info.lines },
        `row has ${rec.record.length} fields, the header has ${header.length}${rec.record.length < header.length ? ' (truncated row?)' : ''}`,
        'repair or remove that row, or use the file as published',
      );
    }
    rows.push({ line: rec.info.lines, fields: rec.record.map((f) => f.trim()) });
  }
  return { file, header, rows };
}
