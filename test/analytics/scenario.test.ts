import { describe, expect, it } from 'vitest';
import {
  evaluatePatch, importerShortfalls, isSpecificCode, shareToTargets, supplierShareOfImports, tonnesToUnit, validatePatch,
  type ScenarioData, type ScenarioPatch,
} from '../../src/analytics/scenario.js';
import { UsageError } from '../../src/domain/errors.js';

/**
 * A small market written by hand: world production 1,000 t; China 800 (capacity 900), Russia 100
 * (capacity 150), Japan 50 (no capacity figure), "Other countries" 50 (capacity 100). Trade (t):
 * CHN→USA 60, CHN→DEU 20, RUS→USA 20, JPN→DEU 10, USA→CHN 10. Recycling input rate 0.1.
 */
const trade = {
  dataset: 'test',
  vintage: '2024',
  years: [2024],
  hsCodes: ['81129289'],
  unit: 't',
  specific: true,
  flows: [
    { exporter: 'CHN', importer: 'USA', amount: 60 },
    { exporter: 'CHN', importer: 'DEU', amount: 20 },
    { exporter: 'RUS', importer: 'USA', amount: 20 },
    { exporter: 'JPN', importer: 'DEU', amount: 10 },
    { exporter: 'USA', importer: 'CHN', amount: 10 },
  ],
};
const data: ScenarioData = {
  commodityId: 'gallium',
  baseYear: 2024,
  unit: 'metric tons',
  worldProduction: 1000,
  producers: [
    { iso3: 'CHN', production: 800, capacity: 900 },
    { iso3: 'RUS', production: 100, capacity: 150 },
    { iso3: 'JPN', production: 50, capacity: null },
    { iso3: null, production: 50, capacity: 100 },
  ],
  supplyTrade: trade,
  exposureTrade: trade,
  recyclingRate: 0.1,
};
const ban: ScenarioPatch = { supplier: 'CHN', cut: 0.5, targets: null, additions: [], demandChange: 0 };

describe('supplierShareOfImports', () => {
  it('takes net exports over the supply into other countries: (80 − 10)/110', () => {
    const s = supplierShareOfImports(data, 'CHN');
    expect(s.value).toBeCloseTo(70 / 110, 12);
    expect(s.net).toBe(true);
  });

  it('falls back to the production share without a trade series', () => {
    const s = supplierShareOfImports({ ...data, supplyTrade: null, exposureTrade: null }, 'RUS');
    expect(s.value).toBeCloseTo(0.1, 12);
    expect(s.basis).toMatch(/production share/);
  });
});

describe('shareToTargets', () => {
  it('is 1 for all importers and the targets’ part of the exports otherwise (60 of 80 to the USA)', () => {
    expect(shareToTargets(trade, 'CHN', null)).toBe(1);
    expect(shareToTargets(trade, 'CHN', ['USA'])).toBeCloseTo(0.75, 12);
  });

  it('refuses targets without bilateral data', () => {
    expect(() => shareToTargets(null, 'CHN', ['USA'])).toThrow(UsageError);
  });
});

describe('importerShortfalls', () => {
  it('cuts each importer’s imports from the supplier: USA 30 of 80, Germany 10 of 30', () => {
    const s = importerShortfalls(trade, 'CHN', 0.5, null);
    expect(s.map((x) => x.iso3)).toEqual(['USA', 'DEU']);
    expect(s[0]?.lost).toBe(30);
    expect(s[0]?.shortfall_share).toBeCloseTo(0.375, 12);
    expect(s[1]?.shortfall_share).toBeCloseTo(1 / 3, 12);
  });

  it('leaves importers outside the targets whole', () => {
    const s = importerShortfalls(trade, 'CHN', 1, ['USA']);
    expect(s.find((x) => x.iso3 === 'DEU')?.lost).toBe(0);
  });
});

describe('evaluatePatch', () => {
  it('computes the lost supply L = cut · σ · τ · (1 − r) and the withheld tonnes', () => {
    const o = evaluatePatch(data, ban);
    const lost = 0.5 * (70 / 110) * 0.9;
    expect(o.shock.lost).toBeCloseTo(lost, 12);
    expect(o.withheld).toBeCloseTo(lost * 1000, 9);
  });

  it('recomputes shares and the 0–1 HHI before and after', () => {
    const o = evaluatePatch(data, ban);
    // Before: 0.8² + 0.1² + 0.05² = 0.6525 (the unattributed 50 t carries no share).
    expect(o.base.hhi).toBeCloseTo(0.6525, 12);
    const withheld = 0.5 * (70 / 110) * 0.9 * 1000;
    const chn = o.patched.shares.find((s) => s.iso3 === 'CHN');
    expect(chn?.share).toBeCloseTo((800 - withheld) / (1000 - withheld), 12);
  });

  it('measures the headroom from capacity where given and leaves the rest to the utilisation', () => {
    const o = evaluatePatch(data, ban);
    // Russia 150 − 100 and "Other countries" 100 − 50: 100 of 1,000; Japan 50 t without capacity.
    expect(o.shock.knownHeadroom).toBeCloseTo(0.1, 12);
    expect(o.shock.uncappedProduction).toBeCloseTo(0.05, 12);
    expect(o.headroom.map((h) => h.iso3)).toEqual(['RUS', null, 'JPN']);
  });

  it('adds new supply in the production unit and raises the adder’s share', () => {
    const o = evaluatePatch({ ...data, unit: 'kilograms', worldProduction: 1_000_000, producers: [{ iso3: 'CHN', production: 900_000, capacity: null }, { iso3: 'KAZ', production: 100_000, capacity: null }] }, {
      supplier: null, cut: 0, targets: null, additions: [{ iso3: 'KAZ', tonnes: 100, year: 2027 }], demandChange: 0,
    });
    // 100 t = 100,000 kg: Kazakhstan 200,000 of 1,100,000.
    expect(o.shock.added).toBeCloseTo(0.1, 12);
    expect(o.patched.shares.find((s) => s.iso3 === 'KAZ')?.share).toBeCloseTo(2 / 11, 12);
  });
});

describe('validatePatch', () => {
  it('rejects a cut outside 0–1, naming --cut', () => {
    expect(() => validatePatch(data, { ...ban, cut: 1.5 })).toThrow(/--cut/);
  });

  it('rejects a supplier with no production, listing the producers', () => {
    expect(() => validatePatch(data, { ...ban, supplier: 'KAZ' })).toThrow(/--supplier KAZ has no production/);
  });

  it('says when the supplier’s production is withheld rather than absent', () => {
    expect(() => validatePatch({ ...data, withheld: ['USA'] }, { ...ban, supplier: 'USA' })).toThrow(/not published/);
  });

  it('rejects a demand change of −100 % or less and non-positive additions', () => {
    expect(() => validatePatch(data, { ...ban, demandChange: -1 })).toThrow(/--demand/);
    expect(() => validatePatch(data, { ...ban, additions: [{ iso3: 'KAZ', tonnes: 0, year: null }] })).toThrow(/--add/);
  });
});

describe('tonnesToUnit', () => {
  it('converts tonnes to the production unit', () => {
    expect(tonnesToUnit('metric tons')).toBe(1);
    expect(tonnesToUnit('kilograms')).toBe(1000);
    expect(tonnesToUnit('thousand metric tons')).toBe(0.001);
    expect(tonnesToUnit('million carats')).toBeNull();
  });
});

describe('isSpecificCode', () => {
  it('tells a commodity’s own code from a basket shared with others', () => {
    expect(isSpecificCode('81129289', 'gallium')).toBe(true);
    expect(isSpecificCode('811292', 'gallium')).toBe(false);
    // HS 2825 60 is germanium oxides and zirconium dioxide.
    expect(isSpecificCode('28256000', 'germanium')).toBe(false);
    expect(isSpecificCode('810194', 'tungsten')).toBe(true);
  });
});
