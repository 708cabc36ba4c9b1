import { describe, expect, it } from 'vitest';
import {
  governanceComponent, rankSuppliers, strongestRestriction, SUPPLIER_WEIGHTS, type SupplierFactors,
} from '../../src/analytics/suppliers.js';

describe('governanceComponent', () => {
  it('is 1 − the mean of the normalised PV and VA scores', () => {
    // PV 0 → 0.5, VA 2.5 → 0: 1 − 0.25 = 0.75
    expect(governanceComponent(0, 2.5)).toBe(0.75);
    expect(governanceComponent(-2.5, -2.5)).toBe(0);
  });
  it('counts a missing estimate as 0.5', () => {
    expect(governanceComponent(null, null)).toBe(0.5);
    expect(governanceComponent(null, 2.5)).toBe(0.75);
  });
});

describe('strongestRestriction', () => {
  it('orders in force > suspended > announced > none', () => {
    expect(strongestRestriction(['announced', 'in_force', 'suspended'])).toBe('in_force');
    expect(strongestRestriction(['announced', 'suspended'])).toBe('suspended');
    expect(strongestRestriction(['announced', null])).toBe('announced');
  });
  it('treats lifted measures and no measures as none', () => {
    expect(strongestRestriction(['lifted'])).toBe('none');
    expect(strongestRestriction([])).toBe('none');
  });
});

describe('rankSuppliers', () => {
  const base: Omit<SupplierFactors, 'iso3'> = {
    production_share: 0, reserves_share: null, wgi_pv: 0, wgi_va: 0, trade_link: 'no', restriction: 'none',
  };
  const a: SupplierFactors = { ...base, iso3: 'AAA', production_share: 0.04, reserves_share: 0.1, trade_link: 'yes' };
  const b: SupplierFactors = { ...base, iso3: 'BBB', production_share: 0.02, reserves_share: 0.2, trade_link: 'not_covered', restriction: 'in_force' };
  const c: SupplierFactors = { ...base, iso3: 'CCC' };
  const ranked = rankSuppliers([c, b, a]);

  it('scores with the documented weights, each component shown', () => {
    // A: P 1, R 0.5, G 0.5, T 1, X 1 → 0.4 + 0.1 + 0.1 + 0.1 + 0.1 = 0.8
    const ra = ranked.find((r) => r.candidate.iso3 === 'AAA');
    expect(ra?.components).toEqual({ production: 1, reserves: 0.5, governance: 0.5, trade: 1, restriction: 1 });
    expect(ra?.score).toBeCloseTo(0.8, 12);
    // B: P 0.5, R 1, G 0.5, T 0.5, X 0 → 0.2 + 0.2 + 0.1 + 0.05 + 0 = 0.55
    expect(ranked.find((r) => r.candidate.iso3 === 'BBB')?.score).toBeCloseTo(0.55, 12);
    // C: P 0, R 0, G 0.5, T 0, X 1 → 0.1 + 0.1 = 0.2
    expect(ranked.find((r) => r.candidate.iso3 === 'CCC')?.score).toBeCloseTo(0.2, 12);
    expect(Object.values(SUPPLIER_WEIGHTS).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
  });
  it('ranks by score, 1 = best', () => {
    expect(ranked.map((r) => [r.rank, r.candidate.iso3])).toEqual([[1, 'AAA'], [2, 'BBB'], [3, 'CCC']]);
  });
  it('breaks ties by production share, then ISO3', () => {
    const tie = rankSuppliers([{ ...base, iso3: 'ZZZ' }, { ...base, iso3: 'YYY' }]);
    expect(tie.map((r) => r.candidate.iso3)).toEqual(['YYY', 'ZZZ']);
  });
  it('gives zero production and reserves components when no candidate has any', () => {
    const r = rankSuppliers([c]);
    expect(r[0]?.components.production).toBe(0);
    expect(r[0]?.components.reserves).toBe(0);
  });
});
