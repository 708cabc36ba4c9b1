import { describe, expect, it } from 'vitest';
import { chinaExportsMonthlyImporter } from '../../src/ingest/sources/trade-china-exports-monthly.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture } from './trade-helpers.js';

describe('chinaExportsMonthlyImporter (fixture)', () => {
  it('stores China → partner per month, quantity 0 beside a value as not available', async () => {
    const { rows } = await parseTrade(chinaExportsMonthlyImporter, [tradeFixture('china_exports_fixture.csv')]);
    expect(rowFrom(rows, 2)).toMatchObject({ exporter_iso3: 'CHN', importer_iso3: 'USA', year: 2023, period: '2023-07', hs_code: '811292', reporter: 'exporter' });
    expect(rowFrom(rows, 4)).toMatchObject({ period: '2017-01', value: 28800, quantity: null, quantity_unit: null });
  });
});

describeWithShared('chinaExportsMonthlyImporter', () => {
  it('stores every partner-month of deep_dive_hs6_monthly.csv', async () => {
    const { rows, report } = await parseTrade(chinaExportsMonthlyImporter, [rawFile('china-critical-mineral-exports-comtrade-monthly', 'tables', 'deep_dive_hs6_monthly.csv')]);
    expect(rows).toHaveLength(6442);
    expect(report.skipped).toEqual({});
    // deep_dive_hs6_monthly.csv line 5289: 2023-08-01,USA,811292,424702.0,9000.0,…
    expect(rowFrom(rows, 5289)).toMatchObject({ exporter_iso3: 'CHN', importer_iso3: 'USA', period: '2023-08', hs_code: '811292', value: 424702, quantity: 9000, quantity_unit: 'kg', completeness: 'partner-excerpt' });
  });
});
