import { describe, expect, it } from 'vitest';
import { chinaHs2846ImportsImporter } from '../../src/ingest/sources/trade-china-hs2846-imports.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture } from './trade-helpers.js';

describe('chinaHs2846ImportsImporter (fixture)', () => {
  it('stores World as WLD, skips "areas nes", and is quiet when partners add up to World', async () => {
    const { rows, report } = await parseTrade(chinaHs2846ImportsImporter, [tradeFixture('china_hs2846_fixture.csv')]);
    expect(rowFrom(rows, 2)).toMatchObject({ exporter_iso3: 'WLD', importer_iso3: 'CHN', value: 1500, quantity: null });
    expect(rowFrom(rows, 3)).toMatchObject({ exporter_iso3: 'KAZ', importer_iso3: 'CHN', hs_code: '2846', value: 1000, quantity: 200, quantity_unit: 'kg', reporter: 'importer' });
    expect(rows).toHaveLength(3);
    expect(report.skipped).toEqual({ 'partner is an aggregate area (not a country)': 1 });
    expect(report.warnings).toEqual([]);
  });
});

describeWithShared('chinaHs2846ImportsImporter', () => {
  it('stores China\'s 2024 imports from Myanmar, with partners adding up to World every year', async () => {
    const { rows, report, parsed } = await parseTrade(chinaHs2846ImportsImporter, [rawFile('un-comtrade-china-hs2846-imports', 'china_imports_hs2846_by_partner_1993_2024.csv')]);
    // china_imports_hs2846_by_partner_1993_2024.csv line 698: 2024,CHN,China,M,104,MMR,Myanmar,H6,2846,817835388.0,…,44365512.0
    expect(rowFrom(rows, 698)).toMatchObject({ exporter_iso3: 'MMR', importer_iso3: 'CHN', year: 2024, value: 817835388, quantity: 44365512 });
    // line 694: the World row, 1386613152.0
    expect(rowFrom(rows, 694)).toMatchObject({ exporter_iso3: 'WLD', value: 1386613152 });
    expect(report.warnings).toEqual([]);
    expect(parsed.datasets[0]).toMatchObject({ id: 'comtrade-china-hs2846', vintage: '2024', completeness: 'reporter-complete' });
  });
});
