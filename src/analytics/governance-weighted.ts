/**
 * Governance-weighted concentration: how concentrated supply is in countries whose governance
 * makes a disruption more likely.
 *
 * Normalised governance score of a country (0 = most stable, 1 = least):
 *
 *     gᵢ = clamp((2.5 − WGIᵢ) / 5, 0, 1)
 *
 * where WGIᵢ is the World Bank Worldwide Governance Indicators estimate of one dimension
 * (Kaufmann & Kraay, WGI 2023 update; estimates lie on a standard-normal scale of about
 * −2.5 … +2.5, so the linear map puts −2.5 at 1 and +2.5 at 0; the few estimates beyond ±2.5
 * are clamped). This is the normalisation of GeoPolRisk (Koyamparambath et al. 2024, Int J Life
 * Cycle Assess, doi:10.1007/s11367-024-02375-7; geopolrisk-py `core.py`, `wgi_func`), which uses
 * the Political Stability and Absence of Violence/Terrorism dimension (PV): China 2022 PV −0.44107
 * gives 0.58821. A country with no estimate takes gᵢ = 0.5, the same code's default, and is
 * listed so the output can say so.
 *
 * Governance-weighted HHI (dimensionless, 0–1):
 *
 *     HHI_WGI = Σᵢ sᵢ² × gᵢ
 *
 * with sᵢ the 0–1 production shares of the HHI. It is the share-squared weighting of the EU
 * supply-risk indicator (European Commission 2017, "Methodology for establishing the EU list of
 * critical raw materials: Guidelines", HHI_WGI = Σ Sᵢ² × WGIᵢ, there with the six-dimension
 * average rescaled 0–10) and of the USGS disruption potential (Nassar et al. 2020, Sci. Adv. 6,
 * eaay8647), brought to 0–1 with the GeoPolRisk normalisation above. HHI_WGI ≤ HHI; it equals HHI
 * only when every producer has the worst governance.
 */

import type { GovernanceDimension } from '../domain/records.js';

/** The WGI dimension the weighting uses by default: Political Stability and Absence of Violence. */
export const DEFAULT_WGI_DIMENSION: GovernanceDimension = 'PV';

/** gᵢ for a country with no WGI estimate (geopolrisk-py `wgi_func`). */
export const MISSING_GOVERNANCE_SCORE = 0.5;

/** One WGI estimate with its year. */
export interface WgiEstimate {
  year: number;
  estimate: number | null;
}

/** (2.5 − estimate)/5 clamped to [0, 1]: 0 = most stable, 1 = least. */
export function normalisedWgi(estimate: number): number {
  return Math.min(1, Math.max(0, (2.5 - estimate) / 5));
}

/**
 * The estimate of the latest year at or before `year` that has a number (WGI is published with a
 * lag: production of 2025 is weighted with the latest WGI available, 2022 in the 2023 update).
 */
export function latestEstimateAtOrBefore(series: readonly WgiEstimate[], year: number): WgiEstimate | null {
  let best: WgiEstimate | null = null;
  for (const e of series) {
    if (e.estimate === null || e.year > year) continue;
    if (!best || e.year > best.year) best = e;
  }
  return best;
}

export interface WeightedShare {
  iso3: string;
  share: number;
}

export interface GovernanceWeightedHhi {
  /** Σ sᵢ² × gᵢ, 0–1. */
  value: number;
  /** Countries with a share but no estimate, weighted with MISSING_GOVERNANCE_SCORE. */
  missing: string[];
  /** Σ over the missing countries of sᵢ² × 0.5: how much of `value` rests on the default. */
  missing_contribution: number;
}

/**
 * Σ sᵢ² × gᵢ over the shares given; `scoreOf` returns gᵢ (already normalised, 0–1) or null when
 * the country has no estimate, which then counts as 0.5.
 */
export function governanceWeightedHhi(shares: readonly WeightedShare[], scoreOf: (iso3: string) => number | null): GovernanceWeightedHhi {
  let value = 0;
  let missingContribution = 0;
  const missing: string[] = [];
  for (const s of shares) {
    if (!(s.share > 0)) continue;
    const g = scoreOf(s.iso3);
    const weight = g ?? MISSING_GOVERNANCE_SCORE;
    const term = s.share * s.share * weight;
    value += term;
    if (g === null) {
      missing.push(s.iso3);
      missingContribution += term;
    }
  }
  return { value, missing: missing.sort(), missing_contribution: missingContribution };
}
