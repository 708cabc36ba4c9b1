import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, readCsv } from '../../src/ingest/csv.js';
import { parseCsvRecords } from '../../src/ingest/csv-records.js';
import { DataError } from '../../src/domain/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'lodestone-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decode', () => {
  it('reads UTF-8 as UTF-8', () => {
    expect(decode(Buffer.from('Türkiye 2021–24', 'utf8'))).toBe('Türkiye 2021–24');
  });
  it('falls back to Windows-1252 (the MCS release encoding), including the 0x80–0x9F range', () => {
    // "2021–24" in cp1252: the en dash is byte 0x96; "Côte" has ô = 0xF4.
    const bytes = Buffer.from([0x32, 0x30, 0x32, 0x31, 0x96, 0x32, 0x34, 0x20, 0x43, 0xf4, 0x74, 0x65, 0x20, 0x80]);
    expect(decode(bytes)).toBe('2021–24 Côte €');
  });
});

describe('readCsv', () => {
  it('names the file and the missing columns of a wrong header', () => {
    const f = join(dir, 'wrong.csv');
    writeFileSync(f, 'a,b\n1,2\n');
    expect(() => readCsv(f, ['a', 'Year'])).toThrow(DataError);
    expect(() => readCsv(f, ['a', 'Year'])).toThrow(/wrong\.csv, row 1: unexpected header: missing column "Year"/);
  });
  it('names the line of a truncated row', () => {
    const f = join(dir, 'short.csv');
    writeFileSync(f, 'a,b,c\n1,2,3\n4,5\n');
    expect(() => readCsv(f)).toThrow(/short\.csv, row 3: row has 2 fields, the header has 3/);
  });
});

describe('parseCsvRecords', () => {
  it('tells an unquoted empty field (null) from a quoted one ("")', () => {
    expect(parseCsvRecords('a,b,c\n1,,""\n"x, ""y""\nz",2,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', null, ''],
      ['x, "y"\nz', '2', null],
    ]);
  });
});
