/**
 * A fast reader for the CSV that csv-write.ts writes (RFC 4180: fields quoted when they hold a
 * comma, quote or line break). It tells an unquoted empty field (null) from a quoted one (""),
 * which the bundled tables rely on. Used for data/*.csv, where csv-parse's per-field callback
 * made a 45 MB table take a minute to load.
 */
export function parseCsvRecords(text: string): (string | null)[][] {
  const records: (string | null)[][] = [];
  const n = text.length;
  let i = 0;
  // Fast path: a line without quotes is split on commas (most lines of the bundled tables).
  while (i < n) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(i, end - 1) : text.slice(i, end);
    if (line.includes('"')) {
      const { record, next } = quotedRecord(text, i);
      records.push(record);
      i = next;
      continue;
    }
    const fields = line.split(',');
    const record: (string | null)[] = new Array(fields.length);
    for (let k = 0; k < fields.length; k += 1) record[k] = fields[k] === '' ? null : (fields[k] as string);
    records.push(record);
    i = end + 1;
  }
  return records;
}

/** Reads one record that has quoted fields (which may hold commas and line breaks), from `start`. */
function quotedRecord(text: string, start: number): { record: (string | null)[]; next: number } {
  let record: (string | null)[] = [];
  let i = start;
  const n = text.length;
  while (i < n) {
    let value: string | null;
    if (text.charCodeAt(i) === 34 /* " */) {
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new Error(`unterminated quoted field at character ${i}`);
        out += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          out += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      value = out;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j += 1;
      }
      value = j === i ? null : text.slice(i, j);
      i = j;
    }
    record.push(value);
    const c = text.charCodeAt(i);
    if (c === 44) {
      i += 1;
      if (i === n) record.push(null);
    } else {
      if (c === 13) i += 1;
      if (text.charCodeAt(i) === 10) i += 1;
      return { record, next: i };
    }
  }
  return { record, next: n };
}
