import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseSync } from 'csv-parse/sync';
import { parse as parseStream } from 'csv-parse';
import { DataError } from '../domain/errors.js';

/** One data row: its values by column name, and its line number in the file (header = line 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** Reads a file as text, refusing empty and binary files with an error naming the file. */
export function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    throw new DataError({ file }, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'check the path');
  }
  if (buf.length === 0) throw new DataError({ file }, 'file is empty', 'pass the full file as published');
  if (buf.subarray(0, 8192).includes(0)) throw new DataError({ file }, 'file is binary, not text/CSV', 'pass the CSV (or .utf8.csv) version of the dataset');
  let text = decode(buf);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Windows-1252 characters for bytes 0x80–0x9F (the rest of the code page equals Latin-1). */
const CP1252_HIGH = [
  '€', '\ufffd', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\ufffd', 'Ž', '\ufffd',
  '\ufffd', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\ufffd', 'ž', 'Ÿ',
];

/**
 * UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, the encoding USGS publishes the
 * MCS data release in (MCS2026_Commodities_Data.csv is cp1252), so the file as downloaded works.
 */
export function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Node's 'windows-1252' decoder treats 0x80–0x9F as Latin-1 controls; map them by hand.
    let out = '';
    for (const byte of buf) out += byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? '\ufffd') : String.fromCharCode(byte);
    return out;
  }
}

/**
 * Parses a whole CSV with a header. Checks that `required` columns are present (error names the
 * missing and expected columns) and that no row is truncated or overlong (error names the line).
 */
export function readCsv(file: string, required: readonly string[] = [], opts: { delimiter?: string } = {}): CsvTable {
  const text = readText(file);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseSync(text, { delimiter: opts.delimiter ?? ',', relax_column_count: true, info: true, skip_empty_lines: true, relax_quotes: true }) as never;
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new DataError({ file, row: e.lines }, `malformed CSV: ${e.message}`, 'check quoting on that line');
  }
  const first = records[0];
  if (!first) throw new DataError({ file }, 'file has no header row');
  const header = first.record.map((h) => h.trim());
  checkHeader(file, header, required);
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i += 1) {
    const rec = records[i] as { record: string[]; info: { lines: number } };
    rows.push(toRow(file, header, rec.record, rec.info.lines));
  }
  return { file, header, rows };
}

export function checkHeader(file: string, header: readonly string[], required: readonly string[]): void {
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DataError(
      { file, row: 1 },
      `unexpected header: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
      `expected columns: ${required.join(', ')}`,
    );
  }
}

function toRow(file: string, header: readonly string[], record: string[], line: number): CsvRow {
  if (record.length !== header.length) {
    // A lone empty trailing field (a trailing comma on every line, as in WGIData.csv) is tolerated.
    const trailingEmpty = record.length === header.length + 1 && record[record.length - 1] === '';
    if (!trailingEmpty) {
      throw new DataError(
        { file, row: line },
        `row has ${record.length} fields, the header has ${header.length}${record.length < header.length ? ' (truncated row?)' : ''}`,
        'repair or remove that row, or use the file as published',
      );
    }
  }
  const values: Record<string, string> = {};
  header.forEach((h, i) => {
    values[h] = (record[i] ?? '').trim();
  });
  return { line, values };
}

/** Streams a large CSV row by row (BACI: ~10 M rows a year) in constant memory. */
export async function* streamCsv(file: string, required: readonly string[] = []): AsyncGenerator<CsvRow> {
  try {
    if (statSync(file).size === 0) throw new DataError({ file }, 'file is empty');
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError({ file }, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? ''}`, 'check the path');
  }
  const parser = createReadStream(file).pipe(parseStream({ relax_column_count: true, info: true, skip_empty_lines: true, bom: true }));
  let header: string[] | undefined;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        if (rec.record.some((f) => f.includes('\u0000'))) throw new DataError({ file }, 'file is binary, not CSV');
        header = rec.record.map((h) => h.trim());
        checkHeader(file, header, required);
        continue;
      }
      yield toRow(file, header, rec.record, rec.info.lines);
    }
  } catch (err) {
    if (err instanceof DataError) throw err;
    const e = err as { lines?: number; message: string };
    throw new DataError({ file, row: e.lines }, `malformed CSV: ${e.message}`);
  }
  if (!header) throw new DataError({ file }, 'file has no header row');
}

/** Parses a number column strictly ("1,234.5" allowed); anything else is a DataError naming the cell. */
export function numberCell(row: CsvRow, column: string, file: string, opts: { allowEmpty?: boolean } = {}): number | null {
  const raw = (row.values[column] ?? '').replace(/,/g, '').trim();
  if (raw === '') {
    if (opts.allowEmpty !== false) return null;
    throw new DataError({ file, row: row.line, column }, 'empty value where a number is required');
  }
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    throw new DataError({ file, row: row.line, column }, `"${row.values[column]}" is not a number`, 'fix the value or remove the row');
  }
  return n;
}

export function fileLabel(file: string): string {
  return basename(file);
}
