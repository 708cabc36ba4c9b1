import { beforeAll, describe, expect, it } from 'vitest';
import { baciAtlasImporter } from '../../src/ingest/sources/trade-baci-atlas.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture, type ParsedTrade } from './trade-helpers.js';

const DIR = 'critical-materials-atlas-baci-comtrade';

describe('baciAtlasImporter (fixture)', () => {
  it('reads the top-6 layout: ISO2 codes to ISO3, USD, reconciled, top-partners', async () => {
    const { rows, parsed } = await parseTrade(baciAtlasImporter, [tradeFixture('baci_flows_top6_2017_2018.csv')]);
    expect(rowFrom(rows, 2)).toMatchObject({
      dataset: 'baci-atlas-top6', vintage: '2018', exporter_iso3: 'CHN', importer_iso3: 'USA', year: 2017, period: '2017',
      hs_code: '810194', value: 12345, currency: 'USD', quantity: null, quantity_unit: null, reporter: 'reconciled', completeness: 'top-partners',
    });
    expect(parsed.datasets).toHaveLength(1);
    expect(parsed.datasets[0]).toMatchObject({ id: 'baci-atlas-top6', vintage: '2018', completeness: 'top-partners', row_count: 3 });
    expect(parsed.replace).toEqual([{ table: 'trade_flow', where: { dataset: 'baci-atlas-top6', vintage: '2018' } }]);
  });

  it('warns about and skips an unknown country code, naming the row', async () => {
    const { rows, report } = await parseTrade(baciAtlasImporter, [tradeFixture('baci_flows_top6_2017_2018.csv')]);
    expect(rows).toHaveLength(3);
    expect(report.skipped['unknown country']).toBe(1);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 5, column: 'exporter_iso2', message: expect.stringContaining('"ZZ"') }));
  });

  it('takes --vintage over the detected one', async () => {
    const { rows } = await parseTrade(baciAtlasImporter, [tradeFixture('baci_flows_top6_2017_2018.csv')], { vintage: 'V202601' });
    expect(new Set(rows.map((r) => r.vintage))).toEqual(new Set(['V202601']));
  });
});

describeWithShared('baciAtlasImporter', () => {
  let complete2024: ParsedTrade;
  let complete2022: ParsedTrade;
  let top6: ParsedTrade;
  beforeAll(async () => {
    complete2024 = await parseTrade(baciAtlasImporter, [rawFile(DIR, 'baci_2024_31codes_value_qty.csv')]);
    complete2022 = await parseTrade(baciAtlasImporter, [rawFile(DIR, 'baci_full_31codes_2022.csv')]);
    top6 = await parseTrade(baciAtlasImporter, [rawFile(DIR, 'baci_flows_top6_2017_2024.csv')]);
  });

  it('stores BACI 2024 values in USD (from thousand USD) with tonnes', () => {
    // baci_2024_31codes_value_qty.csv line 14151: 2024,CHN,China,USA,USA,810194,tungsten,13648.405,300.808
    expect(rowFrom(complete2024.rows, 14151)).toMatchObject({
      dataset: 'baci-atlas-2024-complete', vintage: '2024', exporter_iso3: 'CHN', importer_iso3: 'USA', year: 2024, hs_code: '810194',
      value: 13648405, currency: 'USD', quantity: 300.808, quantity_unit: 't', reporter: 'reconciled', completeness: 'complete',
    });
    // line 12321: 2024,KAZ,Kazakhstan,CHN,China,740311,copper,2483705.315,291644.837
    expect(rowFrom(complete2024.rows, 12321)).toMatchObject({ exporter_iso3: 'KAZ', importer_iso3: 'CHN', value: 2483705315, quantity: 291644.837 });
  });

  it('keeps every one of the 21,723 complete 2024 flows; a blank quantity stays null', () => {
    expect(complete2024.rows).toHaveLength(21723);
    // SOURCE.md: qty_t is empty in 1,030 rows
    expect(complete2024.rows.filter((r) => r.quantity === null)).toHaveLength(1030);
    expect(complete2024.parsed.datasets[0]).toMatchObject({ id: 'baci-atlas-2024-complete', completeness: 'complete', row_count: 21723 });
  });

  it('reads BACI 2022 (USD, no year column: the year comes from the file name)', () => {
    // baci_full_31codes_2022.csv line 13596: KAZ,CHN,740311,2368784589.0
    expect(rowFrom(complete2022.rows, 13596)).toMatchObject({
      dataset: 'baci-atlas-2022-complete', vintage: '2022', year: 2022, exporter_iso3: 'KAZ', importer_iso3: 'CHN', hs_code: '740311', value: 2368784589, quantity: null,
    });
    expect(complete2022.rows).toHaveLength(23167);
  });

  it('keeps Namibia\'s ISO2 "NA" as Namibia (NAM), never null', () => {
    // baci_flows_top6_2017_2024.csv line 14265: 2018,250490,NA,GB,9790,HS17; line 14195: 2018,250490,ZA,NA,29829,HS17
    expect(rowFrom(top6.rows, 14265)).toMatchObject({ exporter_iso3: 'NAM', importer_iso3: 'GBR', year: 2018, hs_code: '250490', value: 9790 });
    expect(rowFrom(top6.rows, 14195)).toMatchObject({ exporter_iso3: 'ZAF', importer_iso3: 'NAM', value: 29829 });
    expect(top6.report.skipped).toEqual({});
  });

  it('keeps the HS02 boron code "252810+252890" as given', async () => {
    const early = await parseTrade(baciAtlasImporter, [rawFile(DIR, 'baci_flows_top6_2002_2009.csv')]);
    expect(early.rows.some((r) => r.hs_code === '252810+252890')).toBe(true);
    expect(early.rows.some((r) => r.hs_code === '252800')).toBe(false);
  });
});
