import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Completeness, TradeFlowRecord } from '../../domain/records.js';
import type { Database } from '../schema.js';

/**
 * Trade-flow queries for exposure and GeoPolRisk. Only annual rows count (period = the year);
 * HS codes match by prefix, including each part of a combined code ('250410;250490').
 */
export interface TradeScope {
  importers: readonly string[];
  hsCodes: readonly string[];
  year?: number;
  dataset?: string;
  vintage?: string;
}

function hsMatch(eb: ExpressionBuilder<Database, 'trade_flow'>, codes: readonly string[]): Expression<SqlBool> {
  return eb.or(codes.flatMap((c) => [eb('hs_code', 'like', `${c}%`), eb('hs_code', 'like', `%;${c}%`)]));
}

function scoped(db: Kysely<Database>, s: TradeScope) {
  let q = db
    .selectFrom('trade_flow')
    .where('importer_iso3', 'in', [...s.importers])
    .where((eb) => hsMatch(eb, s.hsCodes))
    .where(sql<SqlBool>`period = cast(year as text)`);
  if (s.year !== undefined) q = q.where('year', '=', s.year);
  if (s.dataset) q = q.where('dataset', '=', s.dataset);
  if (s.vintage) q = q.where('vintage', '=', s.vintage);
  return q;
}

export interface TradeCoverageRow {
  dataset: string;
  vintage: string;
  year: number;
  completeness: Completeness;
  hs_code: string;
  rows: number;
  rows_with_quantity: number;
}

/** What each dataset holds for the importers and codes: per dataset, vintage, year and HS code. */
export async function tradeCoverage(db: Kysely<Database>, s: TradeScope): Promise<TradeCoverageRow[]> {
  if (s.importers.length === 0 || s.hsCodes.length === 0) return [];
  const rows = await scoped(db, s)
    .select((eb) => [
      'dataset', 'vintage', 'year', 'completeness', 'hs_code',
      eb.fn.countAll<number>().as('rows'),
      eb.fn.count<number>('quantity').as('rows_with_quantity'),
    ])
    .groupBy(['dataset', 'vintage', 'year', 'completeness', 'hs_code'])
    .orderBy('dataset').orderBy('vintage').orderBy('year').orderBy('hs_code')
    .execute();
  return rows.map((r) => ({ ...r, year: Number(r.year), rows: Number(r.rows), rows_with_quantity: Number(r.rows_with_quantity) }));
}

/** The flows of one dataset into the importers, in a stable order. */
export async function tradeRows(db: Kysely<Database>, s: TradeScope & { dataset: string; year: number }): Promise<TradeFlowRecord[]> {
  if (s.importers.length === 0 || s.hsCodes.length === 0) return [];
  return scoped(db, s).selectAll().orderBy('exporter_iso3').orderBy('hs_code').orderBy('source_row').execute();
}

/** Every partner a dataset reports for the importers (any year or code): what an excerpt covers. */
export async function tradePartners(db: Kysely<Database>, dataset: string, importers: readonly string[]): Promise<string[]> {
  if (importers.length === 0) return [];
  const rows = await db
    .selectFrom('trade_flow')
    .select('exporter_iso3')
    .distinct()
    .where('dataset', '=', dataset)
    .where('importer_iso3', 'in', [...importers])
    .orderBy('exporter_iso3')
    .execute();
  return rows.map((r) => r.exporter_iso3);
}

/**
 * WGI Political Stability (PV) estimates for one year: the requested year, or the latest year
 * before it that the WGI has (the WGI 2023 update ends in 2022). Empty when none is stored.
 */
export async function politicalStabilityFor(db: Kysely<Database>, year: number): Promise<{ year: number | null; estimates: Map<string, number> }> {
  const latest = await db
    .selectFrom('governance')
    .select((eb) => eb.fn.max<number>('year').as('year'))
    .where('dimension', '=', 'PV')
    .where('year', '<=', year)
    .where('estimate', 'is not', null)
    .executeTakeFirst();
  const pvYear = latest?.year === null || latest?.year === undefined ? null : Number(latest.year);
  if (pvYear === null) return { year: null, estimates: new Map() };
  const rows = await db
    .selectFrom('governance')
    .select(['iso3', 'estimate'])
    .where('dimension', '=', 'PV')
    .where('year', '=', pvYear)
    .where('estimate', 'is not', null)
    .execute();
  return { year: pvYear, estimates: new Map(rows.map((r) => [r.iso3, r.estimate as number])) };
}

/** Every annual flow into the importers (all datasets and codes), for tables that evaluate many commodities at once. */
export async function importerTradeRows(db: Kysely<Database>, importers: readonly string[]): Promise<TradeFlowRecord[]> {
  if (importers.length === 0) return [];
  return db
    .selectFrom('trade_flow')
    .selectAll()
    .where('importer_iso3', 'in', [...importers])
    .where(sql<SqlBool>`period = cast(year as text)`)
    .orderBy('dataset').orderBy('vintage').orderBy('year').orderBy('exporter_iso3').orderBy('hs_code').orderBy('source_row')
    .execute();
}

/** Every WGI Political Stability estimate, by year then country (for tables that span many years). */
export async function politicalStabilitySeries(db: Kysely<Database>): Promise<Map<number, Map<string, number>>> {
  const rows = await db
    .selectFrom('governance')
    .select(['year', 'iso3', 'estimate'])
    .where('dimension', '=', 'PV')
    .where('estimate', 'is not', null)
    .execute();
  const out = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const y = Number(r.year);
    const m = out.get(y) ?? new Map<string, number>();
    m.set(r.iso3, r.estimate as number);
    out.set(y, m);
  }
  return out;
}
