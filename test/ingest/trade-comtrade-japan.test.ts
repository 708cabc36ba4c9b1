import { describe, expect, it } from 'vitest';
import { comtradeJapanImporter } from '../../src/ingest/sources/trade-comtrade-japan.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture } from './trade-helpers.js';

describe('comtradeJapanImporter (fixture)', () => {
  it('reads Japan\'s imports by partner in the stated currency', async () => {
    const { rows, parsed } = await parseTrade(comtradeJapanImporter, [tradeFixture('jp_comtrade_fixture.csv')]);
    expect(rowFrom(rows, 2)).toMatchObject({ exporter_iso3: 'CHN', importer_iso3: 'JPN', hs_code: '2846', value: 1000.5, currency: 'USD', reporter: 'importer' });
    expect(parsed.datasets[0]).toMatchObject({ id: 'comtrade-japan', vintage: '2023', completeness: 'reporter-complete' });
  });
});

describeWithShared('comtradeJapanImporter', () => {
  it('stores all 454 rows and flags 2024 as incomplete', async () => {
    const { rows, report } = await parseTrade(comtradeJapanImporter, [rawFile('un-comtrade-japan-critical-inputs-hs4', 'jp_critical_inputs_un_comtrade_hs4_2022_2024.csv')]);
    expect(rows).toHaveLength(454);
    // jp_critical_inputs_un_comtrade_hs4_2022_2024.csv line 253: JP,KZ,586129.94,2022,…,2804,silicon,USD
    expect(rowFrom(rows, 253)).toMatchObject({ exporter_iso3: 'KAZ', importer_iso3: 'JPN', year: 2022, hs_code: '2804', value: 586129.94 });
    expect(report.warnings.map((w) => w.message)).toEqual(['2024 has only 7 rows (the fullest year has 232): an incomplete year']);
  });
});
