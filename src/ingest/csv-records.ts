/**
 * A fast reader for the CSV that csv-write.ts writes (RFC 4180: fields quoted when they hold a
 * comma, quote or line break). It tells an unquoted empty field (null) from a quoted one (""),
 * which the bundled tables rely on. Used for data/*.csv, where csv-parse's per-field callback
 * made a 45 MB table take a minute to load.
 */
export function parseCsvRecords(text: string): (string | null)[][] {
  return [...csvRecords(text)];
}

/** The same, one record at a time, so a large table can be loaded without holding it all. */
export function* csvRecords(text: string): Generator<(string | null)[]> {
  const n = text.length;
  let i = 0;
  // Fast path: a line without quotes is split on commas (most lines of the bundled tables).
  let nextQuote = text.indexOf('"');
  while (i < n) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    if (nextQuote >= 0 && nextQuote < i) nextQuote = text.indexOf('"', i);
    if (nextQuote >= 0 && nextQuote < end) {
      const { record, next } = quotedRecord(text, i);
      yield record;
      i = next;
      continue;
    }
    const fields: (string | null)[] = text.slice(i, text.charCodeAt(end - 1) === 13 ? end - 1 : end).split(',');
    for (let k = 0; k < fields.length; k += 1) if (fields[k] === '') fields[k] = null;
    yield fields;
    i = end + 1;
  }
}

/** Reads one record that has quoted fields (which may hold commas and line breaks), from `start`. */
function quotedRecord(text: string, start: number): { record: (string | null)[]; next: number } {
  const record: (string | null)[] = [];
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
