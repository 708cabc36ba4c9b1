import { beforeAll, describe, expect, it } from 'vitest';
import { usitcImporter } from '../../src/ingest/sources/trade-usitc.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture, type ParsedTrade } from './trade-helpers.js';

describe('usitcImporter (fixture)', () => {
  it('joins a value row and its first-unit quantity row into one flow', async () => {
    const { rows } = await parseTrade(usitcImporter, [tradeFixture('usitc_fixture.csv')]);
    expect(rowFrom(rows, 2)).toMatchObject({ exporter_iso3: 'CHN', importer_iso3: 'USA', hs_code: '8101', value: 1000, quantity: 10, quantity_unit: 'kg', reporter: 'importer' });
  });

  it('keeps a second value bucket (no units collected) as its own row without quantity', async () => {
    const { rows } = await parseTrade(usitcImporter, [tradeFixture('usitc_fixture.csv')]);
    expect(rowFrom(rows, 5)).toMatchObject({ period: '2022', value: 7, quantity: null, quantity_unit: null });
  });

  it('writes a year-to-date period as a month span', async () => {
    const { rows } = await parseTrade(usitcImporter, [tradeFixture('usitc_fixture.csv')]);
    expect(rowFrom(rows, 6)).toMatchObject({ year: 2026, period: '2026-01/2026-04', value: 300 });
  });

  it('reads exports as USA → partner in metric tons, and skips second-unit rows (counted)', async () => {
    const { rows, report } = await parseTrade(usitcImporter, [tradeFixture('usitc_fixture.csv')]);
    expect(rowFrom(rows, 7)).toMatchObject({ exporter_iso3: 'USA', importer_iso3: 'CHN', reporter: 'exporter', value: 50, quantity: 2, quantity_unit: 't' });
    expect(rows).toHaveLength(4);
    expect(report.skipped).toEqual({ 'second unit of quantity (content basis, independent of the value buckets)': 1 });
  });
});

describeWithShared('usitcImporter', () => {
  let parsed: ParsedTrade;
  beforeAll(async () => {
    const dir = 'usitc-dataweb-us-mineral-trade';
    parsed = await parseTrade(usitcImporter, [rawFile(dir, 'us_imports_long_1993_2026.csv'), rawFile(dir, 'us_exports_long_1993_2026.csv')]);
  });

  it('stores US imports of tungsten (8101) from China in 2022', () => {
    // us_imports_long_1993_2026.csv line 2704: imports_for_consumption,Customs Value,China,8101,kilograms,2022,annual,101612710
    // and line 16742: imports_for_consumption,First Unit of Quantity,China,8101,kilograms,2022,annual,1859043
    expect(rowFrom(parsed.rows, 2704, { reporter: 'importer' })).toMatchObject({
      dataset: 'usitc-dataweb', vintage: '2026', exporter_iso3: 'CHN', importer_iso3: 'USA', year: 2022, period: '2022', hs_code: '8101',
      value: 101612710, currency: 'USD', quantity: 1859043, quantity_unit: 'kg', completeness: 'partner-excerpt',
    });
  });

  it('keeps the 2026 January-April figure as such', () => {
    // line 9801: …,China,8101,kilograms,2026,jan-apr_ytd,24480386; line 23494: First Unit …,2026,jan-apr_ytd,182857
    expect(rowFrom(parsed.rows, 9801, { reporter: 'importer' })).toMatchObject({ period: '2026-01/2026-04', year: 2026, value: 24480386, quantity: 182857 });
  });

  it('has only the 18 selected partners', () => {
    const partners = new Set(parsed.rows.map((r) => (r.reporter === 'importer' ? r.exporter_iso3 : r.importer_iso3)));
    expect(partners.size).toBe(18);
    expect(partners.has('KAZ')).toBe(false);
    expect(parsed.report.warnings).toEqual([]);
  });
});
