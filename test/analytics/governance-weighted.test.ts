import { describe, expect, it } from 'vitest';
import {
  governanceWeightedHhi, latestEstimateAtOrBefore, MISSING_GOVERNANCE_SCORE, normalisedWgi,
} from '../../src/analytics/governance-weighted.js';

describe('normalisedWgi', () => {
  it('maps China 2022 PV −0.44107 to 0.58821 (GeoPolRisk g, METHODS-REFERENCE §2.3)', () => {
    // data/governance.csv: wgi,2023,CHN,2022,PV,-0.441073626279831 (WGIData.csv row 1454)
    expect(normalisedWgi(-0.441073626279831)).toBeCloseTo(0.58821, 5);
  });
  it('puts −2.5 at 1, +2.5 at 0 and 0 at 0.5', () => {
    expect(normalisedWgi(-2.5)).toBe(1);
    expect(normalisedWgi(2.5)).toBe(0);
    expect(normalisedWgi(0)).toBe(0.5);
  });
  it('clamps estimates beyond ±2.5 to 0–1', () => {
    expect(normalisedWgi(-2.9)).toBe(1);
    expect(normalisedWgi(2.7)).toBe(0);
  });
});

describe('latestEstimateAtOrBefore', () => {
  const series = [
    { year: 2020, estimate: 0.1 },
    { year: 2021, estimate: null },
    { year: 2022, estimate: 0.3 },
  ];
  it('takes the latest year with a number at or before the year asked', () => {
    expect(latestEstimateAtOrBefore(series, 2025)).toEqual({ year: 2022, estimate: 0.3 });
    expect(latestEstimateAtOrBefore(series, 2022)).toEqual({ year: 2022, estimate: 0.3 });
  });
  it('skips years without a number', () => {
    expect(latestEstimateAtOrBefore(series, 2021)).toEqual({ year: 2020, estimate: 0.1 });
  });
  it('is null when nothing is that old', () => {
    expect(latestEstimateAtOrBefore(series, 2019)).toBeNull();
  });
});

describe('governanceWeightedHhi', () => {
  it('sums share² × g (WMD 2022 gallium: 0.5693, hand-computed)', () => {
    // data/figure.csv (wmd 2024, gallium 2022): CHN 606, RUS 5, JPN 3, KOR 2 of 616 t;
    // data/governance.csv PV 2022: CHN −0.44107, RUS −0.91900, JPN 1.07391, KOR 0.56241.
    const pv: Record<string, number> = { CHN: -0.441073626279831, RUS: -0.918995440006256, JPN: 1.07391095161438, KOR: 0.56241101026535 };
    const shares = [
      { iso3: 'CHN', share: 606 / 616 },
      { iso3: 'RUS', share: 5 / 616 },
      { iso3: 'JPN', share: 3 / 616 },
      { iso3: 'KOR', share: 2 / 616 },
    ];
    const r = governanceWeightedHhi(shares, (c) => normalisedWgi(pv[c] as number));
    expect(r.value).toBeCloseTo(0.56933, 5);
    expect(r.missing).toEqual([]);
    expect(r.missing_contribution).toBe(0);
  });
  it('weights a country without an estimate 0.5 and lists it', () => {
    const r = governanceWeightedHhi([{ iso3: 'A', share: 0.6 }, { iso3: 'B', share: 0.4 }], (c) => (c === 'A' ? 1 : null));
    expect(r.value).toBeCloseTo(0.36 + 0.16 * MISSING_GOVERNANCE_SCORE, 12);
    expect(r.missing).toEqual(['B']);
    expect(r.missing_contribution).toBeCloseTo(0.08, 12);
  });
  it('equals the HHI when every producer has the worst governance', () => {
    const r = governanceWeightedHhi([{ iso3: 'A', share: 0.5 }, { iso3: 'B', share: 0.5 }], () => 1);
    expect(r.value).toBe(0.5);
  });
});
