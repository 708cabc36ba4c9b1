import type { Kysely } from 'kysely';
import { productionShares, type Share } from '../../analytics/concentration.js';
import { concentrationPoint, newestVintagePerYear, type ConcentrationPoint, type VintagedPoint } from '../../analytics/concentration-series.js';
import {
  DEFAULT_WGI_DIMENSION, latestEstimateAtOrBefore, MISSING_GOVERNANCE_SCORE, normalisedWgi, type WgiEstimate,
} from '../../analytics/governance-weighted.js';
import { commodityEntry } from '../../domain/commodities.js';
import { NotFoundError } from '../../domain/errors.js';
import { groupMembers } from '../../domain/groups.js';
import { STAGES, type GovernanceDimension, type Stage } from '../../domain/records.js';
import { findFigures, vintagesOf } from '../../store/queries/figures.js';
import { allDatasets, metaValue } from '../../store/queries/reference.js';
import { governanceEstimates } from '../../store/queries/supplier-inputs.js';
import type { Database } from '../../store/schema.js';
import { SOURCE_DATASET, tableFromRows, type ProductionSource, type ProductionTable } from './production-table.js';

export interface ConcentrationSeriesQuery {
  commodityId: string;
  sources?: ProductionSource[];
  stages?: Stage[];
  dimension?: GovernanceDimension;
}

export interface SeriesPoint extends ConcentrationPoint {
  vintage: string;
  series: string;
  unit: string;
  world_total: number | null;
  world_total_computed: boolean;
  /** True when the published (rounded) world total is below the sum of country rows: shares are then of the sum. */
  world_total_below_country_sum: boolean;
  /** The WGI year used for the governance weights (latest ≤ the production year). */
  wgi_year: number | null;
}

export interface ConcentrationSeries {
  source: ProductionSource;
  dataset: string;
  stage: Stage;
  points: SeriesPoint[];
}

/** WGI estimates of one dimension by country, for picking the latest year ≤ a production year. */
export type WgiTable = Map<string, WgiEstimate[]>;

export async function loadWgi(db: Kysely<Database>, dimension: GovernanceDimension): Promise<{ table: WgiTable; dataset: string | null; vintage: string | null }> {
  const rows = await governanceEstimates(db, [dimension]);
  const table: WgiTable = new Map();
  for (const r of rows) table.set(r.iso3, [...(table.get(r.iso3) ?? []), { year: r.year, estimate: r.estimate }]);
  return { table, dataset: rows[0]?.dataset ?? null, vintage: rows[0]?.vintage ?? null };
}

/**
 * The concentration time series of a commodity (`lodestone concentration`): every year of each
 * production source (USGS MCS, both vintages, the newer winning a year both give; World Mining
 * Data 2018–2022), per stage, with the HHI conventions, top-3, China/Russia/C5 shares and the
 * governance-weighted HHI.
 */
export async function concentrationSeries(db: Kysely<Database>, q: ConcentrationSeriesQuery) {
  const entry = commodityEntry(q.commodityId);
  if (!entry) throw new NotFoundError('commodity', q.commodityId);
  const sources = q.sources ?? ['usgs', 'wmd'];
  const stages = q.stages ?? [...STAGES];
  const dimension = q.dimension ?? DEFAULT_WGI_DIMENSION;
  const wgi = await loadWgi(db, dimension);
  const c5 = groupMembers('C5');
  const groups = { CHN: ['CHN'], RUS: ['RUS'], C5: c5 };
  const series: ConcentrationSeries[] = [];
  const used = new Set<string>();
  for (const source of sources) {
    const dataset = SOURCE_DATASET[source];
    const vintages = await vintagesOf(db, dataset);
    for (const stage of stages) {
      const candidates: VintagedPoint<SeriesPoint>[] = [];
      for (const vintage of vintages) {
        const rows = await findFigures(db, { commodityId: entry.id, metric: 'production', stage, dataset, vintage });
        const latest = tableFromRows(rows, { commodityId: entry.id, source, metric: 'production', stage }, dataset, vintage);
        if (!latest) continue;
        for (const year of latest.years) {
          const table = tableFromRows(rows, { commodityId: entry.id, source, metric: 'production', stage, year }, dataset, vintage);
          if (table) candidates.push({ vintage, year, point: pointOf(table, groups, wgi.table) });
        }
      }
      const points = newestVintagePerYear(candidates).map((p) => p.point);
      if (points.length === 0) continue;
      for (const p of points) used.add(`${dataset}@${p.vintage}`);
      series.push({ source, dataset, stage, points });
    }
  }
  if (series.length === 0) {
    throw new NotFoundError(
      `production data for ${entry.name}${q.stages?.length === 1 ? ` at the ${q.stages[0]} stage` : ''}${q.sources?.length === 1 ? ` in ${q.sources[0]}` : ''}`,
      entry.name,
      [],
    );
  }
  if (wgi.dataset && wgi.vintage) used.add(`${wgi.dataset}@${wgi.vintage}`);
  const datasets = await allDatasets(db);
  return {
    commodity: { id: entry.id, name: entry.name, symbol: entry.symbol, basis: entry.basis },
    conventions: {
      hhi: 'Σ sᵢ² over named countries, sᵢ a 0–1 share of the world total (USGS: published total; WMD: sum of country rows); 0–1',
      hhi_10000: '10,000 × hhi (shares in percent); 0–10,000',
      hhi_normalised: '(hhi − 1/n)/(1 − 1/n), n = producers with a positive share; 0–1',
      hhi_governance: `Σ sᵢ² × gᵢ, gᵢ = clamp((2.5 − WGI ${dimension})/5, 0, 1) (GeoPolRisk normalisation; missing estimate → ${MISSING_GOVERNANCE_SCORE}); 0–1`,
      wgi_dimension: dimension,
      wgi_year_rule: 'latest WGI year with an estimate at or before the production year',
      vintages: 'a year given by two vintages of a source is taken from the newer vintage',
    },
    groups: { CHN: ['CHN'], RUS: ['RUS'], C5: c5 },
    series,
    sources: datasets
      .filter((d) => used.has(`${d.id}@${d.vintage}`))
      .map((d) => ({ dataset: d.id, vintage: d.vintage, title: d.title, citation: d.citation, url: d.url })),
    data_build: await metaValue(db, 'data_build'),
  };
}

export type ConcentrationSeriesResult = Awaited<ReturnType<typeof concentrationSeries>>;

function pointOf(table: ProductionTable, groups: Record<string, readonly string[]>, wgi: WgiTable): SeriesPoint {
  const values = table.producers.filter((p) => p.value !== null).map((p) => ({ iso3: p.iso3, value: p.value as number }));
  const countrySum = values.reduce((a, v) => a + v.value, 0);
  // A rounded world total can fall below the sum of its country rows (MCS 2026 gallium 2025:
  // China 900,000 kg of a world 900,000 kg, plus Russia and Japan); the shares are then taken of
  // the country sum so that they add to at most 1 and the HHI stays within 0–1.
  const total = table.world_total.value;
  const totalBelowSum = total !== null && total > 0 && countrySum > total;
  const shares: Share[] = productionShares(values, totalBelowSum ? countrySum : (total ?? countrySum));
  let wgiYear: number | null = null;
  const score = (iso3: string): number | null => {
    const e = latestEstimateAtOrBefore(wgi.get(iso3) ?? [], table.year);
    if (!e || e.estimate === null) return null;
    wgiYear = Math.max(wgiYear ?? e.year, e.year);
    return normalisedWgi(e.estimate);
  };
  const point = concentrationPoint(table.year, shares, groups, score);
  return {
    ...point,
    vintage: table.vintage,
    series: table.series,
    unit: table.unit,
    world_total: table.world_total.value,
    world_total_computed: table.world_total.computed,
    world_total_below_country_sum: totalBelowSum,
    wgi_year: wgiYear,
  };
}
