/**
 * Market concentration of supply. Conventions are kept apart by name and never mixed:
 *
 * - share sᵢ = qᵢ / Q, where Q is the published world total (USGS MCS) or, where the source
 *   publishes none, the sum of country rows (World Mining Data). A 0–1 fraction.
 * - HHI (0–1) = Σ sᵢ² over named countries only (aggregates such as "Other countries" excluded).
 *   Herfindahl (1950), Hirschman (1964); the 0–1 form is the one GeoPolRisk uses
 *   (Koyamparambath et al. 2024, Int J Life Cycle Assess, doi:10.1007/s11367-024-02375-7).
 * - HHI (0–10,000) = 10,000 × HHI (0–1), with shares in percent squared: the US DOJ/FTC
 *   Horizontal Merger Guidelines (2023) scale.
 * - normalised HHI = (H − 1/n) / (1 − 1/n) for n named producers, 0 when n = 1 is undefined
 *   (returned as 1: a single producer is full concentration).
 *
 * The uncovered share 1 − Σ sᵢ (what the world total has beyond the named countries) is shown
 * beside every HHI, since it bounds how much the HHI may understate concentration.
 */

export interface ProducerValue {
  iso3: string;
  value: number;
}

export interface Share {
  iso3: string;
  value: number;
  share: number;
}

/** Shares of `total` (the published world total, or the sum of values when none is given). */
export function productionShares(values: readonly ProducerValue[], total?: number | null): Share[] {
  const positive = values.filter((v) => Number.isFinite(v.value) && v.value >= 0);
  const denominator = total && total > 0 ? total : positive.reduce((a, v) => a + v.value, 0);
  if (denominator <= 0) return positive.map((v) => ({ ...v, share: 0 }));
  return positive
    .map((v) => ({ iso3: v.iso3, value: v.value, share: v.value / denominator }))
    .sort((a, b) => b.share - a.share || a.iso3.localeCompare(b.iso3));
}

/** HHI on the 0–1 scale: Σ sᵢ² with sᵢ as fractions. */
export function herfindahlIndex(shares: readonly number[]): number {
  return shares.reduce((a, s) => a + s * s, 0);
}

/** HHI on the 0–10,000 scale (shares in percent): 10,000 × the 0–1 HHI. */
export function herfindahlIndex10000(shares: readonly number[]): number {
  return herfindahlIndex(shares) * 10_000;
}

/** Normalised HHI (H − 1/n)/(1 − 1/n) over n producers with a positive share. */
export function normalisedHerfindahl(shares: readonly number[]): number {
  const positive = shares.filter((s) => s > 0);
  const n = positive.length;
  if (n === 0) return 0;
  if (n === 1) return 1;
  const h = herfindahlIndex(positive);
  return (h - 1 / n) / (1 - 1 / n);
}

/** Combined share of the n largest producers. */
export function topNShare(shares: readonly Share[], n: number): number {
  return [...shares]
    .sort((a, b) => b.share - a.share)
    .slice(0, n)
    .reduce((a, s) => a + s.share, 0);
}

/** Combined share of a set of countries (a group such as C5, or {CHN, RUS}). Zero when none produce. */
export function groupShare(shares: readonly Share[], members: Iterable<string>): number {
  const set = new Set(members);
  return shares.filter((s) => set.has(s.iso3)).reduce((a, s) => a + s.share, 0);
}

/** The part of the total not attributed to named countries: 1 − Σ sᵢ, floored at 0. */
export function uncoveredShare(shares: readonly Share[]): number {
  return Math.max(0, 1 - shares.reduce((a, s) => a + s.share, 0));
}

/** Rank (1 = largest) of a country among producers, or null when it is not among them. */
export function rankOf(shares: readonly Share[], iso3: string): number | null {
  const sorted = [...shares].sort((a, b) => b.share - a.share);
  const i = sorted.findIndex((s) => s.iso3 === iso3);
  return i < 0 ? null : i + 1;
}

/** Years of supply at the current rate: reserves ÷ annual production (R/P ratio). */
export function reservesToProduction(reserves: number | null, production: number | null): number | null {
  if (reserves === null || production === null || production <= 0) return null;
  return reserves / production;
}
