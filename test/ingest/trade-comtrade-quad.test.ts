import { describe, expect, it } from 'vitest';
import { comtradeQuadImporter } from '../../src/ingest/sources/trade-comtrade-quad.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture } from './trade-helpers.js';

describe('comtradeQuadImporter (fixture)', () => {
  it('stores the World partner as WLD and a zero net weight beside a value as not available', async () => {
    const { rows, report } = await parseTrade(comtradeQuadImporter, [tradeFixture('quad_fixture.csv')]);
    expect(rowFrom(rows, 3)).toMatchObject({ exporter_iso3: 'WLD', importer_iso3: 'USA', value: 9000, quantity: 3000, quantity_unit: 'kg', completeness: 'partner-excerpt' });
    expect(rowFrom(rows, 4)).toMatchObject({ exporter_iso3: 'WLD', hs_code: '282520', quantity: null, quantity_unit: null });
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 4, column: 'netWgt' }));
  });

  it('skips breakdown rows (customs procedure other than C00)', async () => {
    const { rows, report } = await parseTrade(comtradeQuadImporter, [tradeFixture('quad_fixture.csv')]);
    expect(rowFrom(rows, 5)).toBeUndefined();
    expect(Object.values(report.skipped)).toEqual([1]);
  });
});

describeWithShared('comtradeQuadImporter', () => {
  it('stores US imports of natural graphite from China in 2022', async () => {
    const { rows } = await parseTrade(comtradeQuadImporter, [rawFile('un-comtrade-quad-imports-china-world', 'quad_imports_from_china_and_world_2019_2024.csv')]);
    expect(rows).toHaveLength(144);
    // quad_imports_from_china_and_world_2019_2024.csv line 47: 2022, USA, partner CHN, cmd 2504, netWgt 44970076, primaryValue 144767749
    expect(rowFrom(rows, 47)).toMatchObject({ exporter_iso3: 'CHN', importer_iso3: 'USA', year: 2022, hs_code: '2504', value: 144767749, quantity: 44970076 });
  });
});
