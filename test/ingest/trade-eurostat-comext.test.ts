import { beforeAll, describe, expect, it } from 'vitest';
import { eurostatComextImporter } from '../../src/ingest/sources/trade-eurostat-comext.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture, type ParsedTrade } from './trade-helpers.js';

describe('eurostatComextImporter (fixture)', () => {
  it('drops partners that are themselves declarants (intra-EU), counted', async () => {
    const { rows, report } = await parseTrade(eurostatComextImporter, [tradeFixture('eu_comext_fixture_2023.csv')]);
    expect(rows.map((r) => r.source_row)).toEqual([2, 3, 5, 7]);
    expect(report.skipped['intra-EU partner (member state of consignment, not origin)']).toBe(2);
  });

  it('maps Eurostat\'s EL to Greece and keeps the CN8 code whole', async () => {
    const { rows } = await parseTrade(eurostatComextImporter, [tradeFixture('eu_comext_fixture_2023.csv')]);
    expect(rowFrom(rows, 7)).toMatchObject({ exporter_iso3: 'CHN', importer_iso3: 'GRC', hs_code: '28053010', value: 75, currency: 'EUR' });
  });
});

describeWithShared('eurostatComextImporter', () => {
  let parsed: ParsedTrade;
  beforeAll(async () => {
    parsed = await parseTrade(eurostatComextImporter, [rawFile('eurostat-comext-eu27-critical-inputs-cn8', 'eu_comext_critical_inputs_cn8_2022_2024.csv')]);
  });

  it('stores a Comext import in EUR with its CN8 code', () => {
    // eu_comext_critical_inputs_cn8_2022_2024.csv line 3569: FR,KZ,81082000,1,2022,1737103
    expect(rowFrom(parsed.rows, 3569)).toMatchObject({
      dataset: 'eurostat-comext', vintage: '2024', exporter_iso3: 'KAZ', importer_iso3: 'FRA', year: 2022, period: '2022', hs_code: '81082000',
      value: 1737103, currency: 'EUR', quantity: null, reporter: 'importer', completeness: 'reporter-complete',
    });
  });

  it('keeps Namibia ("NA") as a partner', () => {
    // line 623: BE,NA,25041000,1,2022,28245
    expect(rowFrom(parsed.rows, 623)).toMatchObject({ exporter_iso3: 'NAM', importer_iso3: 'BEL', hs_code: '25041000', value: 28245 });
  });

  it('drops intra-EU partners: Greece (EL) importing from Austria is not stored, from China it is', () => {
    // line 3807: EL,AT,28046900,1,2022,159604; line 3825: EL,CN,28046900,1,2022,1440511
    expect(rowFrom(parsed.rows, 3807)).toBeUndefined();
    expect(rowFrom(parsed.rows, 3825)).toMatchObject({ exporter_iso3: 'CHN', importer_iso3: 'GRC', value: 1440511 });
    expect(parsed.rows.some((r) => r.exporter_iso3 === 'GRC' || r.exporter_iso3 === 'DEU')).toBe(false);
  });

  it('accounts for every row: stored, intra-EU, or unknown partner (XC, Ceuta)', () => {
    const skipped = Object.values(parsed.report.skipped).reduce((a, b) => a + b, 0);
    expect(parsed.rows.length + skipped).toBe(26538);
    expect(parsed.report.warnings.map((w) => w.message)).toEqual(['unknown country "XC": rows skipped']);
  });
});
