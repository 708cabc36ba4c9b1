import type { Kysely } from 'kysely';
import { centralResponse, monteCarlo, DEFAULT_RUNS, DEFAULT_SEED, type Summary } from '../../analytics/monte-carlo.js';
import {
  evaluatePatch, isSpecificCode, type ProducerInput, type ScenarioData, type ScenarioPatch, type TradeSeriesInput,
} from '../../analytics/scenario.js';
import { withOverrides, type ParameterName, type ScenarioParameters } from '../../analytics/scenario-parameters.js';
import { commodityName, hsCodesFor } from '../../domain/commodities.js';
import { countryName } from '../../domain/countries.js';
import { NotFoundError } from '../../domain/errors.js';
import { figuresInYear, recyclingRateOf, tradeRowsForCodes, type ScenarioTradeRow } from '../../store/queries/scenario-inputs.js';
import type { Database } from '../../store/schema.js';
import { productionTable, seriesKey, type ProductionTable } from './production-table.js';

/** Datasets for the supplier's share of the importers' supply, most preferred first (issue 3, item 3 precedence). */
export const SUPPLY_TRADE_DATASETS = ['baci-atlas-2024-complete', 'baci-atlas-2022-complete', 'eurostat-comext', 'comtrade-japan', 'usitc-dataweb'] as const;
/** Datasets with complete bilateral coverage, for importer shortfalls and the split by target. */
export const EXPOSURE_TRADE_DATASETS = ['baci-atlas-2024-complete', 'baci-atlas-2022-complete'] as const;

/** Every dataset the scenario inputs read. */
export const SCENARIO_TRADE_DATASETS: readonly string[] = [...new Set([...SUPPLY_TRADE_DATASETS, ...EXPOSURE_TRADE_DATASETS])];

/** Years pooled for the supply series: the dataset's latest three (Comext 2022–2024; not USITC's 1990s). */
export const POOLED_YEARS = 3;

/** Inputs for many commodities with one trade query (for sweeps over every commodity). */
export async function loadScenarioDataMany(db: Kysely<Database>, commodityIds: readonly string[]): Promise<Map<string, LoadedScenarioData>> {
  const tradeRows = await tradeRowsForCodes(db, null, SCENARIO_TRADE_DATASETS);
  const out = new Map<string, LoadedScenarioData>();
  for (const id of commodityIds) {
    try {
      out.set(id, await loadScenarioData(db, id, { tradeRows }));
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
    }
  }
  return out;
}

export interface LoadedScenarioData {
  data: ScenarioData;
  table: ProductionTable;
}

/**
 * The base-year inputs of a commodity, read once: production by country (USGS MCS, or World
 * Mining Data where MCS has none, via productionTable), MCS capacity in the same vintage where
 * published, the trade series and the recycling rate.
 */
export async function loadScenarioData(
  db: Kysely<Database>,
  commodityId: string,
  options: { tradeRows?: readonly ScenarioTradeRow[] } = {},
): Promise<LoadedScenarioData> {
  const table =
    (await productionTable(db, { commodityId, source: 'usgs', metric: 'production' })) ??
    (await productionTable(db, { commodityId, source: 'wmd', metric: 'production' }));
  if (!table) throw new NotFoundError('production data for commodity', commodityName(commodityId));

  const producers: ProducerInput[] = [];
  const capacityRows = await figuresInYear(db, { commodityId, metric: 'capacity', dataset: table.dataset, vintage: table.vintage, stage: table.stage });
  const capYear = Math.max(...capacityRows.filter((r) => r.value !== null && r.unit === table.unit).map((r) => r.year), Number.NEGATIVE_INFINITY);
  const capacity = capacityRows.filter((r) => r.year === capYear && r.value !== null && r.unit === table.unit);
  const capOf = (iso3: string | null): number | null =>
    capacity.find((r) => (iso3 === null ? r.is_aggregate === 1 && /other/i.test(r.place) : r.country_iso3 === iso3))?.value ?? null;
  for (const p of table.producers) if (p.value !== null) producers.push({ iso3: p.iso3, production: p.value, capacity: capOf(p.iso3) });
  const production = await figuresInYear(db, { commodityId, metric: 'production', dataset: table.dataset, vintage: table.vintage, stage: table.stage, year: table.year });
  const other = production.find((r) => r.is_aggregate === 1 && /other/i.test(r.place) && seriesKey(r.series) === table.series);
  const otherCapacity = capOf(null);
  if (other || otherCapacity !== null) producers.push({ iso3: null, production: other?.value ?? 0, capacity: otherCapacity });

  const stageCodes = hsCodesFor(commodityId, table.stage === 'mine' ? 'ore' : 'refined');
  const allCodes = hsCodesFor(commodityId);
  const rows = options.tradeRows
    ? options.tradeRows.filter((r) => allCodes.some((c) => r.hs_code.startsWith(c)))
    : await tradeRowsForCodes(db, allCodes, SCENARIO_TRADE_DATASETS);
  const atStage = rows.filter((r) => stageCodes.some((c) => r.hs_code.startsWith(c)));
  // The production stage's codes first (ores for mine production); the other stage's where those have no rows.
  const pick = (order: readonly string[], specificOnly: boolean): TradeSeriesInput | null =>
    pickSeries(atStage, order, commodityId, specificOnly) ?? pickSeries(rows, order, commodityId, specificOnly);
  const supplyTrade = pick(SUPPLY_TRADE_DATASETS, true);
  const exposureTrade = pick(EXPOSURE_TRADE_DATASETS, false);
  // The larger of the published total and the sum of the rows: a rounded total can fall below its
  // parts (gallium 2025 in MCS 2026: China 900,000 kg of a world total of 900,000 kg).
  const worldProduction = Math.max(table.world_total.value ?? 0, producers.reduce((a, p) => a + p.production, 0));
  return {
    table,
    data: {
      commodityId,
      baseYear: table.year,
      unit: table.unit,
      worldProduction,
      producers,
      supplyTrade: supplyTrade ?? exposureTrade,
      exposureTrade,
      recyclingRate: await recyclingRateOf(db, commodityId),
      withheld: table.producers.filter((p) => p.value === null).map((p) => p.iso3),
    },
  };
}

/**
 * One series from the rows: the first dataset in `order` with rows (only commodity-specific
 * codes when `specificOnly`), pooled over its latest POOLED_YEARS years; tonnes where the dataset has quantities
 * (rows without one are left out), its currency otherwise.
 */
export function pickSeries(rows: readonly ScenarioTradeRow[], order: readonly string[], commodityId: string, specificOnly: boolean): TradeSeriesInput | null {
  for (const dataset of order) {
    const matching = rows.filter((r) => r.dataset === dataset && (!specificOnly || isSpecificCode(r.hs_code, commodityId)));
    if (matching.length === 0) continue;
    const latest = [...new Set(matching.map((r) => r.year))].sort((a, b) => b - a).slice(0, POOLED_YEARS);
    const own = matching.filter((r) => latest.includes(r.year));
    const withQuantity = own.filter((r) => r.quantity !== null && (r.quantity_unit === 't' || r.quantity_unit === 'kg'));
    const useQuantity = withQuantity.length > 0;
    const used = useQuantity ? withQuantity : own.filter((r) => r.value !== null);
    if (used.length === 0) continue;
    const flows = used.map((r) => ({
      exporter: r.exporter_iso3,
      importer: r.importer_iso3,
      amount: useQuantity ? (r.quantity as number) / (r.quantity_unit === 'kg' ? 1000 : 1) : (r.value as number),
    }));
    return {
      dataset,
      vintage: [...new Set(used.map((r) => r.vintage))].sort().join(','),
      years: [...new Set(used.map((r) => r.year))].sort((a, b) => a - b),
      hsCodes: [...new Set(used.map((r) => r.hs_code))].sort(),
      unit: useQuantity ? 't' : (used[0]?.currency ?? ''),
      specific: used.every((r) => isSpecificCode(r.hs_code, commodityId)),
      flows,
    };
  }
  return null;
}

export interface ScenarioRequest {
  commodityId: string;
  patch: ScenarioPatch;
  runs?: number;
  seed?: number;
  overrides?: Partial<Record<ParameterName, number>>;
}

export interface ScenarioReport {
  commodity: { id: string; name: string };
  base_year: number;
  source: { dataset: string; vintage: string; stage: string; series: string; unit: string; supply_trade: string | null; exposure_trade: string | null };
  patch: {
    supplier: string | null;
    cut: number;
    targets: string[] | null;
    additions: { iso3: string; tonnes: number; year: number | null }[];
    demand_change: number;
  };
  price_change: Summary;
  quantity_change: Summary;
  central: { price_change: number; quantity_change: number; capped: boolean };
  monte_carlo: { runs: number; seed: number; capped_runs: number };
  hhi: { before: number; after: number };
  shares: { iso3: string; name: string; before: number; after: number; value_after: number }[];
  supplier_share_of_imports: { value: number; basis: string; net: boolean } | null;
  target_share: number;
  shock: { lost: number; added: number; demand_change: number; known_headroom: number; uncapped_production: number; recycling_rate: number | null };
  shortfall: { iso3: string; name: string; imports_from_supplier: number; total_imports: number; lost: number; shortfall_share: number; unit: string }[];
  headroom: { iso3: string | null; name: string; production: number; capacity: number | null; spare: number; capacity_basis: string }[];
  parameters: ScenarioParameters;
  notes: string[];
}

function describe(t: TradeSeriesInput | null): string | null {
  if (!t) return null;
  return `${t.dataset} (${t.years.join(', ')}; HS ${t.hsCodes.join(', ')}; ${t.unit}${t.specific ? '' : '; basket code shared with other commodities'})`;
}

/** Runs a scenario: the patch's deterministic outcome, then the Monte-Carlo over the parameter ranges. */
export function runScenario(loaded: LoadedScenarioData, req: ScenarioRequest): ScenarioReport {
  const { data, table } = loaded;
  const params = withOverrides(req.overrides ?? {});
  const outcome = evaluatePatch(data, req.patch);
  const mc = monteCarlo(outcome.shock, params, req.runs ?? DEFAULT_RUNS, req.seed ?? DEFAULT_SEED);
  const before = new Map(outcome.base.shares.map((s) => [s.iso3, s.share]));
  const notes: string[] = [];
  if (req.patch.additions.length) notes.push(`new supply is applied to the base year ${data.baseYear}; the @YEAR given is a label`);
  if (data.exposureTrade && !data.exposureTrade.specific) notes.push(`importer shortfalls use a basket HS code shared with other commodities (${data.exposureTrade.hsCodes.join(', ')})`);
  if (outcome.supplier_share && data.supplyTrade && !['baci-atlas-2024-complete', 'baci-atlas-2022-complete'].includes(data.supplyTrade.dataset)) {
    notes.push(`the supplier's share of the importers' supply is taken from ${data.supplyTrade.dataset}, whose importers are not the whole world`);
  }
  if (req.patch.targets) notes.push('a targeted cut ignores re-routing through third countries');
  if (mc.capped_runs > 0) notes.push(`${mc.capped_runs} of ${mc.runs} runs hit the price bound: the shortfall exceeds what stocks, spare capacity and demand response absorb`);
  return {
    commodity: { id: data.commodityId, name: commodityName(data.commodityId) },
    base_year: data.baseYear,
    source: {
      dataset: table.dataset,
      vintage: table.vintage,
      stage: table.stage,
      series: table.series,
      unit: table.unit,
      supply_trade: describe(data.supplyTrade),
      exposure_trade: describe(data.exposureTrade),
    },
    patch: {
      supplier: req.patch.supplier,
      cut: req.patch.cut,
      targets: req.patch.targets,
      additions: req.patch.additions,
      demand_change: req.patch.demandChange,
    },
    price_change: mc.price_change,
    quantity_change: mc.quantity_change,
    central: centralResponse(outcome.shock, params),
    monte_carlo: { runs: mc.runs, seed: mc.seed, capped_runs: mc.capped_runs },
    hhi: { before: outcome.base.hhi, after: outcome.patched.hhi },
    shares: outcome.patched.shares.map((s) => ({ iso3: s.iso3, name: countryName(s.iso3), before: before.get(s.iso3) ?? 0, after: s.share, value_after: s.value })),
    supplier_share_of_imports: outcome.supplier_share,
    target_share: outcome.target_share,
    shock: {
      lost: outcome.shock.lost,
      added: outcome.shock.added,
      demand_change: outcome.shock.demandChange,
      known_headroom: outcome.shock.knownHeadroom,
      uncapped_production: outcome.shock.uncappedProduction,
      recycling_rate: data.recyclingRate,
    },
    shortfall: outcome.shortfall.map((s) => ({ ...s, name: countryName(s.iso3) })),
    headroom: outcome.headroom.map((h) => ({ ...h, name: h.iso3 ? countryName(h.iso3) : 'Other countries' })),
    parameters: params,
    notes,
  };
}
