import { describe, expect, it } from 'vitest';
import { concentrationPoint, newestVintagePerYear } from '../../src/analytics/concentration-series.js';

// Tungsten 2025, USGS MCS 2026 (usgs_mcs2026_commodities_data.utf8.csv, TUNGSTEN world mine
// production): China 67,000; Vietnam 3,000; Kazakhstan 2,400; Russia 2,000 of a world 85,000 t.
const shares = [
  { iso3: 'CHN', value: 67000, share: 67000 / 85000 },
  { iso3: 'VNM', value: 3000, share: 3000 / 85000 },
  { iso3: 'KAZ', value: 2400, share: 2400 / 85000 },
  { iso3: 'RUS', value: 2000, share: 2000 / 85000 },
];
const groups = { CHN: ['CHN'], RUS: ['RUS'], C5: ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'] };

describe('concentrationPoint', () => {
  const p = concentrationPoint(2025, shares, groups, () => 0.5);
  it('gives the three HHI conventions under their own names', () => {
    const h = (67000 ** 2 + 3000 ** 2 + 2400 ** 2 + 2000 ** 2) / 85000 ** 2;
    expect(p.hhi).toBeCloseTo(h, 12);
    expect(p.hhi_10000).toBeCloseTo(h * 10000, 8);
    expect(p.hhi_normalised).toBeCloseTo((h - 1 / 4) / (1 - 1 / 4), 12);
  });
  it('gives top-3, group shares with explicit zeros, and the uncovered share', () => {
    expect(p.top3_share).toBeCloseTo(72400 / 85000, 12);
    expect(p.group_shares).toEqual({ CHN: 67000 / 85000, RUS: 2000 / 85000, C5: 2400 / 85000 });
    expect(p.uncovered_share).toBeCloseTo(10600 / 85000, 12);
    expect(p.producers).toBe(4);
  });
  it('weights the HHI by governance', () => {
    expect(p.hhi_governance).toBeCloseTo(p.hhi * 0.5, 12);
    expect(p.governance_missing).toEqual([]);
  });
  it('lists producers without a governance score', () => {
    const q = concentrationPoint(2025, shares, groups, (c) => (c === 'KAZ' ? null : 0));
    expect(q.governance_missing).toEqual(['KAZ']);
    expect(q.hhi_governance).toBeCloseTo((2400 / 85000) ** 2 * 0.5, 12);
  });
  it('gives a zero group share when no member produces', () => {
    expect(concentrationPoint(2025, shares, { C5: ['UZB'] }, () => 0).group_shares.C5).toBe(0);
  });
});

describe('newestVintagePerYear', () => {
  it('takes a year both vintages give from the newer one and sorts by year', () => {
    const out = newestVintagePerYear([
      { vintage: '2026', year: 2025, point: 'a' },
      { vintage: '2025', year: 2024, point: 'b' },
      { vintage: '2026', year: 2024, point: 'c' },
      { vintage: '2025', year: 2023, point: 'd' },
    ]);
    expect(out.map((p) => [p.year, p.vintage, p.point])).toEqual([
      [2023, '2025', 'd'],
      [2024, '2026', 'c'],
      [2025, '2026', 'a'],
    ]);
  });
});
