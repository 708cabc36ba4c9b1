import { describe, expect, it } from 'vitest';
import { exactCommodity, resolveMcsCommodity } from '../../src/ingest/sources/usgs-mcs-context.js';
import { resolvePlace, tidyPlace } from '../../src/ingest/sources/usgs-mcs-places.js';

describe('resolvePlace', () => {
  it('treats world totals and other countries as aggregates', () => {
    for (const name of ['World total', 'World total (rounded)', 'World total (rutile, rounded)', 'Other countries', 'Other Countries', 'Other countries (includes crude)']) {
      expect(resolvePlace(name), name).toEqual({ iso3: null, isAggregate: true });
    }
  });

  it('reads MCS country names, stray spaces and descriptive brackets', () => {
    expect(resolvePlace('Russia ')).toEqual({ iso3: 'RUS', isAggregate: false });
    expect(resolvePlace('Kazakhstan')).toEqual({ iso3: 'KAZ', isAggregate: false });
    expect(resolvePlace('United States')).toEqual({ iso3: 'USA', isAggregate: false });
    expect(resolvePlace('Brazil (beneficiated)')).toEqual({ iso3: 'BRA', isAggregate: false });
    expect(resolvePlace('United\u00a0States (kyanite)')).toEqual({ iso3: 'USA', isAggregate: false });
  });

  it('keeps a capitalised bracket as part of the name', () => {
    expect(resolvePlace('Congo (Kinshasa)')?.iso3).toBe('COD');
  });

  it('treats a combination of countries as an aggregate', () => {
    expect(resolvePlace('United States and Canada')).toEqual({ iso3: null, isAggregate: true });
    expect(resolvePlace('China, Germany, and Russia')).toEqual({ iso3: null, isAggregate: true });
  });

  it('returns undefined for an unknown name', () => {
    expect(resolvePlace('Atlantis')).toBeUndefined();
  });
});

describe('tidyPlace', () => {
  it('drops footnote digits and collapses spaces', () => {
    expect(tidyPlace('China3 ')).toBe('China');
    expect(tidyPlace('World total (rounded) 10')).toBe('World total (rounded)');
    expect(tidyPlace('Canada  ')).toBe('Canada');
  });
});

describe('resolveMcsCommodity', () => {
  it('tries each label, without brackets and before a comma, and fixes known slips', () => {
    expect(resolveMcsCommodity(['Tungsten ', 'TUNGSTEN'])).toBe('tungsten');
    expect(resolveMcsCommodity(['RARE EARTHS, compounds and metals'])).toBe('rare-earths');
    expect(resolveMcsCommodity(['Gemanium'])).toBe('germanium');
    expect(resolveMcsCommodity(['Unobtainium', 'UNOBTAINIUM'])).toBeUndefined();
  });
});

describe('exactCommodity', () => {
  it('takes a sub-label only when it is exactly a commodity name', () => {
    expect(exactCommodity(' alumina - calcined equivalent weights')).toBe('alumina');
    expect(exactCommodity(' Palladium content')).toBe('palladium');
    expect(exactCommodity(' Bentonite, rounded')).toBe('bentonite');
    expect(exactCommodity(' Iron content')).toBeUndefined();
    expect(exactCommodity(' tungsten content')).toBe('tungsten');
    expect(exactCommodity('')).toBeUndefined();
  });
});
