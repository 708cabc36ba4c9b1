import type { Kysely } from 'kysely';
import { criticalityCoverage, rankCriticality } from '../../analytics/criticality.js';
import { aggregateFlows, importShares, restrictedShare, supplierSetShare } from '../../analytics/exposure.js';
import { chooseTradeDataset } from '../../analytics/trade-precedence.js';
import { allCommodities, hsCodesFor } from '../../domain/commodities.js';
import { groupMembers } from '../../domain/groups.js';
import type { FigureRecord, Stage, TradeFlowRecord } from '../../domain/records.js';
import { findFigures } from '../../store/queries/figures.js';
import { metaValue } from '../../store/queries/reference.js';
import { importerTradeRows, politicalStabilitySeries, type TradeCoverageRow } from '../../store/queries/trade.js';
import type { Database } from '../../store/schema.js';
import { candidatesFor, defaultYear, resolveImporter, type Importer, type TradeStage } from './exposure-profile.js';
import { SOURCE_DATASET, tableFromRows, type ProductionSource, type ProductionTable } from './production-table.js';
import { restrictionsList, type RestrictionItem } from './restrictions-list.js';
import { riskFromParts, tonnesFactor } from './risk-profile.js';

export interface CriticalityQuery {
  importer: string;
  /** Date for restrictions in force (YYYY-MM-DD). */
  on: string;
  /** Production sources in order of preference (default WMD, then USGS MCS). */
  sources?: ProductionSource[];
}

/** Whether a trade row's code falls under one of the codes (prefix; each part of '250410;250490'). */
function hsMatches(code: string, codes: readonly string[]): boolean {
  return code.split(';').some((part) => codes.some((c) => part.trim().startsWith(c)));
}

/** The in-memory twin of store/queries/trade.ts tradeCoverage. */
function coverageOf(rows: readonly TradeFlowRecord[]): TradeCoverageRow[] {
  const by = new Map<string, TradeCoverageRow>();
  for (const r of rows) {
    const key = `${r.dataset}|${r.vintage}|${r.year}|${r.hs_code}`;
    const c = by.get(key) ?? { dataset: r.dataset, vintage: r.vintage, year: r.year, completeness: r.completeness, hs_code: r.hs_code, rows: 0, rows_with_quantity: 0 };
    c.rows += 1;
    if (r.quantity !== null) c.rows_with_quantity += 1;
    by.set(key, c);
  }
  return [...by.values()];
}

/** The production table of a commodity for a stage at the latest year ≤ `year`, newest vintage first. */
function productionAt(rows: readonly FigureRecord[], commodityId: string, source: ProductionSource, stage: Stage, year: number): ProductionTable | null {
  const vintages = [...new Set(rows.map((r) => r.vintage))].sort((a, b) => b.localeCompare(a));
  for (const vintage of vintages) {
    const own = rows.filter((r) => r.vintage === vintage);
    for (const st of [stage, undefined]) {
      const q = { commodityId, source, metric: 'production' as const, stage: st };
      const latest = tableFromRows(own, q, SOURCE_DATASET[source], vintage);
      if (!latest) continue;
      const y = [...latest.years].reverse().find((x) => x <= year);
      if (y === undefined) continue;
      const t = y === latest.year ? latest : tableFromRows(own, { ...q, stage: latest.stage, year: y }, SOURCE_DATASET[source], vintage);
      if (t && tonnesFactor(t.unit) !== null) return t;
    }
  }
  return null;
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Everything the table needs, loaded once (`loadCriticalityInputs`); evaluation is then in memory. */
export interface CriticalityInputs {
  importer: Importer;
  on: string;
  sources: ProductionSource[];
  /** The importer's annual trade rows by HS code. */
  byCode: Map<string, TradeFlowRecord[]>;
  /** Production figures by source, then commodity. */
  figures: Map<ProductionSource, Map<string, FigureRecord[]>>;
  /** Restriction measures in force on `on` that cover the importer. */
  measures: RestrictionItem[];
  /** WGI PV estimates by year, then country. */
  pv: Map<number, Map<string, number>>;
}

/** Loads production, the importer's trade, restrictions in force and the PV series: five queries. */
export async function loadCriticalityInputs(db: Kysely<Database>, q: CriticalityQuery): Promise<CriticalityInputs> {
  const importer = resolveImporter(q.importer, q.on);
  const sources = q.sources ?? ['wmd', 'usgs'];
  const trade = await importerTradeRows(db, importer.members);
  const figures = new Map<ProductionSource, Map<string, FigureRecord[]>>();
  for (const s of sources) figures.set(s, groupBy(await findFigures(db, { metric: 'production', dataset: SOURCE_DATASET[s] }), (f) => f.commodity_id));
  const measures = (await restrictionsList(db, { on: q.on }))
    .filter((m) => m.status === 'in_force')
    .filter((m) => m.applies_to_all || importer.members.some((i) => m.targets.includes(i)));
  return { importer, on: q.on, sources, byCode: groupBy(trade, (r) => r.hs_code), figures, measures, pv: await politicalStabilitySeries(db) };
}

/** PV estimates of the year, or of the latest WGI year before it. */
function pvAt(series: ReadonlyMap<number, ReadonlyMap<string, number>>, year: number): { year: number | null; estimates: ReadonlyMap<string, number> } {
  const y = [...series.keys()].filter((x) => x <= year).sort((a, b) => b - a)[0];
  return y === undefined ? { year: null, estimates: new Map() } : { year: y, estimates: series.get(y) ?? new Map() };
}

/**
 * The criticality table of an importer (`lodestone criticality`): for every commodity and trade
 * stage with production and quantity-bearing trade, the production HHI, GeoPolRisk import risk,
 * score and CF, the shares of China and of suppliers with a restriction in force, the measures,
 * and a rank (analytics/criticality.ts). Cells left out are listed with the reason.
 */
export async function criticalityTable(db: Kysely<Database>, q: CriticalityQuery) {
  const table = evaluateCriticality(await loadCriticalityInputs(db, q));
  return { ...table, data_build: await metaValue(db, 'data_build') };
}

/** Evaluates every commodity × stage cell from loaded inputs, without touching the database. */
export function evaluateCriticality(inputs: CriticalityInputs) {
  const { importer, sources, byCode, figures, measures } = inputs;
  const c5 = groupMembers('C5');
  const flags: { production: boolean; trade: boolean }[] = [];
  const excluded: { commodity: string; stage: TradeStage; reason: string }[] = [];
  const cells = [];
  for (const entry of allCommodities()) {
    for (const stage of ['ore', 'refined'] as const) {
      const codes = hsCodesFor(entry.id, stage);
      if (codes.length === 0) continue;
      const matched = [...byCode.entries()].filter(([code]) => hsMatches(code, codes)).flatMap(([, rows]) => rows);
      const coverage = coverageOf(matched);
      const usable = coverage.filter((r) => r.rows_with_quantity > 0);
      const hasProduction = sources.some((s) => (figures.get(s)?.get(entry.id)?.length ?? 0) > 0);
      flags.push({ production: hasProduction, trade: usable.length > 0 });
      if (!hasProduction || usable.length === 0) {
        excluded.push({ commodity: entry.id, stage, reason: [!hasProduction ? 'no production data' : '', usable.length === 0 ? 'no trade with quantities' : ''].filter(Boolean).join('; ') });
        continue;
      }
      const choose = (y: number) => chooseTradeDataset(candidatesFor(coverage.filter((r) => r.year === y)), { requireQuantity: true, requestedCodes: codes });
      const year = defaultYear(usable, choose);
      const { chosen } = choose(year);
      const table = sources.map((s) => productionAt(figures.get(s)?.get(entry.id) ?? [], entry.id, s, stage === 'ore' ? 'mine' : 'refinery', year)).find((t) => t !== null) ?? null;
      if (!chosen || !table) {
        excluded.push({ commodity: entry.id, stage, reason: !chosen ? `no trade dataset with quantities in ${year}` : `no production in tonnes in or before ${year}` });
        continue;
      }
      const rows = matched.filter((r) => r.dataset === chosen.dataset && r.vintage === chosen.vintage && r.year === year);
      const flows = aggregateFlows(rows);
      const { result, notes } = riskFromParts(entry.name, importer, codes, { year, choice: chosen, flows }, table, pvAt(inputs.pv, year));
      const shares = importShares(flows);
      const covered = chosen.flagged ? [...new Set(matched.filter((r) => r.dataset === chosen.dataset).map((r) => r.exporter_iso3))] : null;
      const scopes = measures
        .filter((m) => m.commodities.some((c) => c.id === entry.id))
        .map((m) => ({ imposer: m.imposer, hsCodes: m.commodities.find((c) => c.id === entry.id)?.hs_codes ?? [] }));
      const restricted = restrictedShare(rows, scopes, shares, covered);
      const chn = supplierSetShare(shares, ['CHN'], covered);
      cells.push({
        commodity_id: entry.id,
        name: entry.name,
        stage,
        hs_codes: codes.join(' '),
        year,
        trade_dataset: chosen.dataset,
        trade_completeness: chosen.completeness,
        trade_flagged: chosen.flagged,
        production_dataset: table.dataset,
        production_year: table.year,
        hhi: result.hhi,
        import_risk: result.import_risk,
        gprs: result.gprs,
        cf: result.cf,
        imports_t: result.total_imports,
        chn_share: chn.not_covered.length ? null : chn.share,
        c5_share: supplierSetShare(shares, c5, covered).share,
        top_supplier: shares.partners[0]?.iso3 ?? null,
        restricted_share: restricted.share,
        restricted_upper_bound: restricted.upper_bound,
        restrictions_in_force: measures.filter((m) => m.commodities.some((c) => c.id === entry.id)).map((m) => m.id),
        notes,
      });
    }
  }
  const ranked = rankCriticality(cells);
  return {
    importer: importer.id,
    importer_name: importer.name,
    on: inputs.on,
    coverage: { ...criticalityCoverage(flags), ranked: ranked.length },
    rank_by: 'gprs (GeoPolRisk score) descending; ties by restricted_share, then hhi',
    rows: ranked,
    excluded,
  };
}

export type CriticalityTable = Awaited<ReturnType<typeof criticalityTable>>;

/** Columns of `lodestone criticality --csv`, in order. */
export const CRITICALITY_COLUMNS = [
  'rank', 'commodity_id', 'name', 'stage', 'hs_codes', 'year', 'hhi', 'import_risk', 'gprs', 'cf', 'imports_t',
  'chn_share', 'c5_share', 'top_supplier', 'restricted_share', 'restricted_upper_bound', 'restrictions_in_force',
  'trade_dataset', 'trade_completeness', 'trade_flagged', 'production_dataset', 'production_year',
] as const;
