/**
 * Partial-equilibrium price and quantity response of one commodity market to a supply shock, in
 * the spirit of step 1 of the USGS 2025 economic-effects method (Nassar et al., USGS Open-File
 * Report 2025-1047: "post-disruption equilibrium quantity and price from price elasticities of
 * supply and demand and available excess production capacity"; applied to gallium and germanium
 * in OFR 2024-1057). The USGS code is not public; this is our own formulation, calibrated to its
 * published Ga/Ge price rises (docs/methods.md, "Scenarios: calibration").
 *
 * Everything is a fraction of the base-year supply to the affected market (= 1). With
 * x = ln(1 + p), p the relative price change:
 *
 *   demand  D(x) = (1 + δ) · e^(−ε_d · x)                    (constant elasticity ε_d ≥ 0)
 *   supply  S(x) = 1 − max(0, L − k) + A + R(x)
 *           R(x) = min(ρ · H, ε_s · x)   for x ≥ 0            (others raise output, capped by
 *                                                              the spare capacity usable in a year)
 *           R(x) = ε_s · x              for x < 0            (others cut output when price falls)
 *
 * L lost supply (the cut), k stocks that can be released within the year (a share of a year's
 * supply), A added supply (new mines), δ the demand change, H spare capacity of the other
 * suppliers, ρ the share of it that can be brought on within the year, ε_s their short-run
 * supply elasticity. D − S falls strictly in x, so the equilibrium D(x*) = S(x*) is found by
 * bisection. Price change p = e^(x*) − 1; quantity change = D(x*) − 1 (consumption, a fraction).
 */

export interface MarketShock {
  /** Lost supply L, a fraction of the base supply (0–1). */
  lost: number;
  /** Added supply A (new capacity), a fraction of the base supply (≥ 0). */
  added: number;
  /** Demand change δ at the base price (−0.1 = 10 % less demand). */
  demandChange: number;
  /** Spare capacity H of the other suppliers, a fraction of the base supply (≥ 0). */
  headroom: number;
}

export interface ResponseParameters {
  /** ε_d: short-run price elasticity of demand, absolute value (> 0). */
  demandElasticity: number;
  /** ε_s: short-run price elasticity of the other suppliers (≥ 0). */
  supplyElasticity: number;
  /** ρ: share of spare capacity that can come on stream within the year (0–1). */
  rampUp: number;
  /** k: stocks released within the year, a share of a year's supply (≥ 0). */
  stockCover: number;
}

export interface MarketResponse {
  /** Relative price change p (1.5 = +150 %). */
  priceChange: number;
  /** Relative change of the quantity consumed (−0.2 = 20 % less). */
  quantityChange: number;
  /** True when the price hit the bound MAX_LOG_PRICE (a shortfall demand cannot absorb). */
  capped: boolean;
}

/** Upper bound on ln(1 + p): a price rise of e^5 − 1 ≈ 147× is reported as capped. */
export const MAX_LOG_PRICE = 5;
const MIN_LOG_PRICE = -5;
const ITERATIONS = 60;

/** Excess demand D(x) − S(x); strictly decreasing in x when ε_d > 0 or ε_s > 0. */
function excessDemand(x: number, s: MarketShock, p: ResponseParameters): number {
  const demand = (1 + s.demandChange) * Math.exp(-p.demandElasticity * x);
  const response = x >= 0 ? Math.min(p.rampUp * s.headroom, p.supplyElasticity * x) : p.supplyElasticity * x;
  const supply = Math.max(0, 1 - Math.max(0, s.lost - p.stockCover) + s.added + response);
  return demand - supply;
}

/** The equilibrium price and quantity change for one shock and one parameter set. */
export function marketResponse(shock: MarketShock, params: ResponseParameters): MarketResponse {
  let lo = MIN_LOG_PRICE;
  let hi = MAX_LOG_PRICE;
  if (excessDemand(hi, shock, params) > 0) {
    const demand = (1 + shock.demandChange) * Math.exp(-params.demandElasticity * hi);
    return { priceChange: Math.exp(hi) - 1, quantityChange: demand - 1, capped: true };
  }
  if (excessDemand(lo, shock, params) < 0) {
    const demand = (1 + shock.demandChange) * Math.exp(-params.demandElasticity * lo);
    return { priceChange: Math.exp(lo) - 1, quantityChange: demand - 1, capped: true };
  }
  for (let i = 0; i < ITERATIONS; i++) {
    const mid = (lo + hi) / 2;
    if (excessDemand(mid, shock, params) > 0) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  const demand = (1 + shock.demandChange) * Math.exp(-params.demandElasticity * x);
  return { priceChange: Math.exp(x) - 1, quantityChange: demand - 1, capped: false };
}
