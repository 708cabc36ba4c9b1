/**
 * Monte-Carlo over the parameter ranges of the scenario model: each run draws every parameter
 * from its triangular distribution (low, default, high; scenario-parameters.ts) with a seeded
 * mulberry32 stream (random.ts), in a fixed order, and solves the market response
 * (price-response.ts). The shock is prepared once (scenario.ts), so a run is pure arithmetic
 * (about 60 bisection steps). Same shock, parameters, runs and seed → the same numbers.
 *
 * Summaries: median, 5th and 95th percentiles (linear interpolation, R type 7) and mean.
 */
import { marketResponse, type ResponseParameters } from './price-response.js';
import { mulberry32, quantileSorted, triangular, type Uniform } from './random.js';
import type { PreparedShock } from './scenario.js';
import type { ScenarioParameters } from './scenario-parameters.js';

export interface Summary {
  median: number;
  p05: number;
  p95: number;
  mean: number;
}

export interface MonteCarloResult {
  runs: number;
  seed: number;
  price_change: Summary;
  quantity_change: Summary;
  /** Runs where the price reached the model's bound (a shortfall demand could not absorb). */
  capped_runs: number;
}

export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = 1;

function draw(rng: Uniform, p: ScenarioParameters): ResponseParameters & { utilisation: number } {
  const t = (name: keyof ScenarioParameters): number => triangular(rng(), p[name].low, p[name].value, p[name].high);
  return {
    demandElasticity: t('demandElasticity'),
    supplyElasticity: t('supplyElasticity'),
    rampUp: t('rampUp'),
    stockCover: t('stockCover'),
    utilisation: t('utilisation'),
  };
}

/** Spare capacity H at utilisation u: known headroom plus production without capacity × (1/u − 1). */
export function headroomAt(shock: PreparedShock, utilisation: number): number {
  return shock.knownHeadroom + shock.uncappedProduction * (1 / utilisation - 1);
}

function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantileSorted(sorted, 0.5),
    p05: quantileSorted(sorted, 0.05),
    p95: quantileSorted(sorted, 0.95),
    mean: values.reduce((a, v) => a + v, 0) / Math.max(1, values.length),
  };
}

/** The response with every parameter at its default (the deterministic central case). */
export function centralResponse(shock: PreparedShock, p: ScenarioParameters): { price_change: number; quantity_change: number; capped: boolean } {
  const r = marketResponse(
    { lost: shock.lost, added: shock.added, demandChange: shock.demandChange, headroom: headroomAt(shock, p.utilisation.value) },
    { demandElasticity: p.demandElasticity.value, supplyElasticity: p.supplyElasticity.value, rampUp: p.rampUp.value, stockCover: p.stockCover.value },
  );
  return { price_change: r.priceChange, quantity_change: r.quantityChange, capped: r.capped };
}

/** Runs the Monte-Carlo for one prepared shock. */
export function monteCarlo(shock: PreparedShock, params: ScenarioParameters, runs = DEFAULT_RUNS, seed = DEFAULT_SEED): MonteCarloResult {
  const rng = mulberry32(seed);
  const prices: number[] = new Array<number>(runs);
  const quantities: number[] = new Array<number>(runs);
  let capped = 0;
  for (let i = 0; i < runs; i++) {
    const d = draw(rng, params);
    const r = marketResponse(
      { lost: shock.lost, added: shock.added, demandChange: shock.demandChange, headroom: headroomAt(shock, d.utilisation) },
      d,
    );
    prices[i] = r.priceChange;
    quantities[i] = r.quantityChange;
    if (r.capped) capped++;
  }
  return { runs, seed, price_change: summarise(prices), quantity_change: summarise(quantities), capped_runs: capped };
}
