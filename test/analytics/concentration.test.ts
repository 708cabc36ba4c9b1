import { describe, expect, it } from 'vitest';
import {
  groupShare, herfindahlIndex, herfindahlIndex10000, normalisedHerfindahl, productionShares, rankOf,
  reservesToProduction, topNShare, uncoveredShare,
} from '../../src/analytics/concentration.js';

// Tungsten 2025, USGS MCS 2026 world mine production table (metric tons, W content):
// China 67,000; Vietnam 3,000; Kazakhstan 2,400; Russia 2,000; World total 85,000 (rounded).
const tungsten = [
  { iso3: 'CHN', value: 67000 },
  { iso3: 'VNM', value: 3000 },
  { iso3: 'KAZ', value: 2400 },
  { iso3: 'RUS', value: 2000 },
];

describe('productionShares', () => {
  it('divides by the published world total when there is one', () => {
    const s = productionShares(tungsten, 85000);
    expect(s[0]).toEqual({ iso3: 'CHN', value: 67000, share: 67000 / 85000 });
    expect(s[0]?.share).toBeCloseTo(0.788, 3);
  });
  it('divides by the sum of values when there is no total', () => {
    const s = productionShares([{ iso3: 'A', value: 3 }, { iso3: 'B', value: 1 }]);
    expect(s.map((x) => x.share)).toEqual([0.75, 0.25]);
  });
});

describe('herfindahlIndex', () => {
  it('sums squared fractions', () => {
    expect(herfindahlIndex([0.5, 0.5])).toBe(0.5);
    expect(herfindahlIndex([1])).toBe(1);
  });
  it('has a 0–10,000 variant under its own name', () => {
    expect(herfindahlIndex10000([0.5, 0.5])).toBe(5000);
  });
  it('normalises to 0 for equal shares and 1 for a monopoly', () => {
    expect(normalisedHerfindahl([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(0, 12);
    expect(normalisedHerfindahl([1])).toBe(1);
    expect(normalisedHerfindahl([0.5, 0.3, 0.2])).toBeCloseTo((0.38 - 1 / 3) / (2 / 3), 12);
  });
});

describe('topNShare, groupShare, uncoveredShare, rankOf', () => {
  const s = productionShares(tungsten, 85000);
  it('adds the n largest', () => {
    expect(topNShare(s, 3)).toBeCloseTo((67000 + 3000 + 2400) / 85000, 12);
  });
  it('adds a group and gives an explicit zero for non-producers', () => {
    expect(groupShare(s, ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'])).toBeCloseTo(2400 / 85000, 12);
    expect(groupShare(s, ['UZB'])).toBe(0);
  });
  it('reports what the named countries leave uncovered', () => {
    expect(uncoveredShare(s)).toBeCloseTo(1 - 74400 / 85000, 12);
  });
  it('ranks', () => {
    expect(rankOf(s, 'KAZ')).toBe(3);
    expect(rankOf(s, 'UZB')).toBeNull();
  });
});

describe('reservesToProduction', () => {
  it('divides reserves by production and refuses zero production', () => {
    expect(reservesToProduction(4_700_000, 85_000)).toBeCloseTo(55.29, 2);
    expect(reservesToProduction(100, 0)).toBeNull();
    expect(reservesToProduction(null, 10)).toBeNull();
  });
});
