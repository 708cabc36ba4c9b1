/**
 * Concentration as a time series: one point per source, stage and year, each with the three HHI
 * conventions under their own names (never mixed), the top-3 share, the China, Russia and C5
 * shares, and the governance-weighted HHI.
 *
 * Per point (shares sᵢ as 0–1 fractions of the world total, see concentration.ts):
 * - `hhi`            = Σ sᵢ²                         (0–1; GeoPolRisk, Koyamparambath et al. 2024)
 * - `hhi_10000`      = 10,000 × hhi                  (0–10,000; US DOJ/FTC Merger Guidelines 2023)
 * - `hhi_normalised` = (hhi − 1/n)/(1 − 1/n)         (0–1; n producers with a positive share)
 * - `top3_share`     = sum of the three largest sᵢ   (CR3, the IEA's measure)
 * - group shares     = Σ sᵢ over the members (0 when none produces)
 * - `hhi_governance` = Σ sᵢ² × gᵢ, gᵢ = clamp((2.5 − WGIᵢ)/5, 0, 1) (governance-weighted.ts)
 *
 * Vintages: a year that two vintages of a source both give (USGS MCS 2025 and 2026 both give 2024)
 * is taken from the newer vintage, which carries USGS's revision of the earlier estimate.
 */

import {
  groupShare, herfindahlIndex, herfindahlIndex10000, normalisedHerfindahl, topNShare, uncoveredShare, type Share,
} from './concentration.js';
import { governanceWeightedHhi } from './governance-weighted.js';

export interface ConcentrationPoint {
  year: number;
  hhi: number;
  hhi_10000: number;
  hhi_normalised: number;
  top3_share: number;
  /** Group shares by name (e.g. CHN, RUS, C5), explicit zeros. */
  group_shares: Record<string, number>;
  uncovered_share: number;
  producers: number;
  hhi_governance: number;
  /** Producers with no governance estimate, weighted 0.5. */
  governance_missing: string[];
}

/** One year's concentration figures from its shares. `governanceScore` gives gᵢ (0–1) or null. */
export function concentrationPoint(
  year: number,
  shares: readonly Share[],
  groups: Record<string, readonly string[]>,
  governanceScore: (iso3: string) => number | null,
): ConcentrationPoint {
  const s = shares.map((x) => x.share);
  const weighted = governanceWeightedHhi(shares, governanceScore);
  const group_shares: Record<string, number> = {};
  for (const [name, members] of Object.entries(groups)) group_shares[name] = groupShare(shares, members);
  return {
    year,
    hhi: herfindahlIndex(s),
    hhi_10000: herfindahlIndex10000(s),
    hhi_normalised: normalisedHerfindahl(s),
    top3_share: topNShare(shares, 3),
    group_shares,
    uncovered_share: uncoveredShare(shares),
    producers: s.filter((x) => x > 0).length,
    hhi_governance: weighted.value,
    governance_missing: weighted.missing,
  };
}

export interface VintagedPoint<T> {
  vintage: string;
  year: number;
  point: T;
}

/**
 * One point per year: where several vintages give the same year the newest vintage wins (vintages
 * compare as strings, '2026' > '2025'). Sorted by year.
 */
export function newestVintagePerYear<T>(points: readonly VintagedPoint<T>[]): VintagedPoint<T>[] {
  const byYear = new Map<number, VintagedPoint<T>>();
  for (const p of points) {
    const seen = byYear.get(p.year);
    if (!seen || p.vintage.localeCompare(seen.vintage) > 0) byYear.set(p.year, p);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
