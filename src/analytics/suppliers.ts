/**
 * Alternative suppliers: rank the producing countries outside an excluded set (e.g. {CHN, RUS}) as
 * sources for one importer, with every factor shown beside the score.
 *
 * Factors of a candidate i (each brought to 0–1, 1 = better for the importer):
 * - production  Pᵢ = sᵢ / max_j s_j          sᵢ = share of world production (0–1) in the ranking
 *                                            source; relative to the largest candidate
 * - reserves    Rᵢ = rᵢ / max_j r_j          rᵢ = share of world reserves (USGS MCS); 0 when not
 *                                            published for the country (shown as null)
 * - governance  Gᵢ = 1 − (g(PVᵢ) + g(VAᵢ))/2  g(x) = clamp((2.5 − x)/5, 0, 1) (governance-weighted.ts),
 *                                            WGI Political Stability (PV) and Voice and
 *                                            Accountability (VA); a missing estimate counts 0.5
 * - trade link  Tᵢ = 1 recorded imports by the importer from i, 0 none recorded in a dataset that
 *                                            covers i, 0.5 "not covered" (the data are an excerpt)
 * - restriction Xᵢ = 0 a measure by i covering the commodity and the importer is in force,
 *                                            0.5 announced or suspended, 1 none (or lifted)
 *
 * score = 0.40 P + 0.20 R + 0.20 G + 0.10 T + 0.10 X   (0–1)
 *
 * The weights are Lodestone's own (documented in docs/methods.md, "Alternative suppliers"): current
 * production dominates because it is the only supply available within a year; reserves and
 * governance describe whether it can grow and be relied on (the two WGI dimensions the EU and
 * GeoPolRisk indicators weigh supply with: PV in GeoPolRisk, Koyamparambath et al. 2024; the WGI
 * average, VA included, in the EU 2017 guidelines); an existing trade link and the absence of
 * export restrictions make a switch quicker. Ties are broken by production share, then ISO3.
 */

import { normalisedWgi, MISSING_GOVERNANCE_SCORE } from './governance-weighted.js';

export type TradeLinkStatus = 'yes' | 'no' | 'not_covered';
export type RestrictionState = 'in_force' | 'suspended' | 'announced' | 'none';

export const SUPPLIER_WEIGHTS = { production: 0.4, reserves: 0.2, governance: 0.2, trade: 0.1, restriction: 0.1 } as const;

export interface SupplierFactors {
  iso3: string;
  /** Share of world production in the ranking source, 0–1; 0 when none is recorded. */
  production_share: number;
  /** Share of world reserves, 0–1, or null when not published for the country. */
  reserves_share: number | null;
  /** WGI estimates (about −2.5 … 2.5), null when missing. */
  wgi_pv: number | null;
  wgi_va: number | null;
  trade_link: TradeLinkStatus;
  restriction: RestrictionState;
}

export interface SupplierComponents {
  production: number;
  reserves: number;
  governance: number;
  trade: number;
  restriction: number;
}

export interface RankedSupplier<T extends SupplierFactors> {
  rank: number;
  score: number;
  components: SupplierComponents;
  candidate: T;
}

const TRADE_SCORE: Record<TradeLinkStatus, number> = { yes: 1, no: 0, not_covered: 0.5 };
const RESTRICTION_SCORE: Record<RestrictionState, number> = { none: 1, announced: 0.5, suspended: 0.5, in_force: 0 };

/** Gᵢ = 1 − mean of the normalised PV and VA scores (a missing one counts 0.5). */
export function governanceComponent(pv: number | null, va: number | null): number {
  const g = (x: number | null) => (x === null ? MISSING_GOVERNANCE_SCORE : normalisedWgi(x));
  return 1 - (g(pv) + g(va)) / 2;
}

/** The most binding of several measure states: in force > suspended > announced > none. */
export function strongestRestriction(states: readonly (RestrictionState | 'lifted' | null)[]): RestrictionState {
  for (const s of ['in_force', 'suspended', 'announced'] as const) if (states.includes(s)) return s;
  return 'none';
}

/** Scores and ranks candidates (1 = best) with the weights of SUPPLIER_WEIGHTS. */
export function rankSuppliers<T extends SupplierFactors>(candidates: readonly T[]): RankedSupplier<T>[] {
  const maxP = Math.max(0, ...candidates.map((c) => c.production_share));
  const maxR = Math.max(0, ...candidates.map((c) => c.reserves_share ?? 0));
  const w = SUPPLIER_WEIGHTS;
  const scored = candidates.map((c) => {
    const components: SupplierComponents = {
      production: maxP > 0 ? c.production_share / maxP : 0,
      reserves: maxR > 0 ? (c.reserves_share ?? 0) / maxR : 0,
      governance: governanceComponent(c.wgi_pv, c.wgi_va),
      trade: TRADE_SCORE[c.trade_link],
      restriction: RESTRICTION_SCORE[c.restriction],
    };
    const score =
      w.production * components.production +
      w.reserves * components.reserves +
      w.governance * components.governance +
      w.trade * components.trade +
      w.restriction * components.restriction;
    return { rank: 0, score, components, candidate: c };
  });
  scored.sort(
    (a, b) => b.score - a.score || b.candidate.production_share - a.candidate.production_share || a.candidate.iso3.localeCompare(b.candidate.iso3),
  );
  scored.forEach((s, i) => {
    s.rank = i + 1;
  });
  return scored;
}
