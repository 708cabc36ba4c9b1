import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allCountries, ambiguousCountryKeys, countryEntry, countryKey, countryName, countryRecords, findCountry,
  isAggregateName, resolveCountry, suggestCountries,
} from '../../src/domain/countries.js';
import { NotFoundError } from '../../src/domain/errors.js';
import { normalizeName } from '../../src/domain/text.js';

/** Asserts each name resolves to the code, one `it` per name. */
function resolvesAll(cases: [string, string | undefined][]): void {
  for (const [name, iso3] of cases) {
    it(`${JSON.stringify(name)} → ${iso3 ?? 'nothing'}`, () => {
      expect(resolveCountry(name)).toBe(iso3);
    });
  }
}

describe('the country table', () => {
  const all = allCountries();
  it('has all 249 ISO 3166-1 countries and territories, plus Kosovo', () => {
    expect(all.filter((c) => c.kind === 'country' || c.kind === 'territory')).toHaveLength(250);
  });
  it('has each alpha-3 code once, in upper case', () => {
    expect(new Set(all.map((c) => c.iso3)).size).toBe(all.length);
    for (const c of all) expect(c.iso3).toMatch(/^[A-Z]{3}$/);
  });
  it('has each current alpha-2 and M49 code once', () => {
    const current = all.filter((c) => c.kind !== 'historic');
    const iso2 = current.flatMap((c) => (c.iso2 ? [c.iso2] : []));
    expect(new Set(iso2).size).toBe(iso2.length);
    const m49 = all.flatMap((c) => (c.m49 ? [c.m49] : []));
    expect(new Set(m49).size).toBe(m49.length);
    for (const code of m49) expect(code).toMatch(/^\d{3}$/);
  });
  it('has historic codes whose successors are in the table', () => {
    const historic = all.filter((c) => c.kind === 'historic').map((c) => c.iso3);
    expect(historic.sort()).toEqual(['ANT', 'CSK', 'DDR', 'SCG', 'SUN', 'YMD', 'YUG']);
    for (const c of all) for (const s of c.successors) expect(countryEntry(s), `${c.iso3} → ${s}`).toBeDefined();
  });
  it('gives no name, alias, demonym or capital to two countries', () => {
    expect(ambiguousCountryKeys()).toEqual([]);
  });
  it('leaves Brussels out: it is the EU, not Belgium', () => {
    expect(resolveCountry('Brussels')).toBeUndefined();
  });
});

/** Debian's iso-codes package (ISO 3166-1 as JSON), an independent copy of the standard. */
const ISO_CODES = '/usr/share/iso-codes/json/iso_3166-1.json';

describe.skipIf(!existsSync(ISO_CODES))(`the country table against ${ISO_CODES} (iso-codes package)`, () => {
  it('has every ISO code with the same alpha-2 and numeric code, and its names resolve', () => {
    const iso = (JSON.parse(readFileSync(ISO_CODES, 'utf8')) as Record<string, { alpha_2: string; alpha_3: string; numeric: string; name: string; official_name?: string }[]>)['3166-1'] ?? [];
    expect(iso).toHaveLength(249);
    for (const e of iso) {
      const c = countryEntry(e.alpha_3);
      expect({ iso3: e.alpha_3, iso2: c?.iso2, m49: c?.m49 }).toEqual({ iso3: e.alpha_3, iso2: e.alpha_2, m49: e.numeric });
      expect(resolveCountry(e.name), e.name).toBe(e.alpha_3);
      if (e.official_name) expect(resolveCountry(e.official_name), e.official_name).toBe(e.alpha_3);
    }
  });
});

describe('countryKey', () => {
  it('drops case, accents, punctuation, "the", "of" and "and"', () => {
    expect(countryKey('The Republic of Côte d’Ivoire')).toBe('republic cote divoire');
    expect(countryKey('Bosnia and Herzegovina')).toBe(countryKey('Bosnia-Herzegovina'));
  });
  it('expands the abbreviations datasets use', () => {
    expect(countryKey("Dem. People's Rep. of Korea")).toBe(countryKey("Democratic People's Republic of Korea"));
    expect(countryKey('Br. Virgin Isds')).toBe('british virgin islands');
    expect(countryKey('St. Lucia')).toBe('saint lucia');
  });
});

describe('resolveCountry', () => {
  describe('forgives case, spacing, accents, "the" and possessives', () => {
    resolvesAll([
      ['kazakhstan', 'KAZ'],
      ['KAZAKHSTAN', 'KAZ'],
      ['  Kazakhstan  ', 'KAZ'],
      ['the Netherlands', 'NLD'],
      ['The Bahamas', 'BHS'],
      ['Bahamas, The', 'BHS'],
      ['Gambia, The', 'GMB'],
      ["Beijing's", 'CHN'],
      ["Washington's", 'USA'],
      ['Turkiye', 'TUR'],
      ['Côte d’Ivoire', 'CIV'],
      ["Cote d'Ivoire", 'CIV'],
      ['Guinea Bissau', 'GNB'],
      ['Timor Leste', 'TLS'],
    ]);
  });

  describe('reads codes', () => {
    resolvesAll([
      ['KZ', 'KAZ'],
      ['KAZ', 'KAZ'],
      ['kaz', 'KAZ'],
      ['Kaz', 'KAZ'],
      ['UZ', 'UZB'],
      ['398', 'KAZ'],
      ['004', 'AFG'],
      ['4', 'AFG'],
      // UN Comtrade / CEPII BACI numeric codes that differ from ISO (BACI country_codes_V202401b.csv)
      ['842', 'USA'],
      ['251', 'FRA'],
      ['699', 'IND'],
      ['757', 'CHE'],
      ['579', 'NOR'],
      ['490', 'TWN'],
      ['0', 'WLD'],
      // Dataset codes: BACI/WMD S19 for Taiwan, Eurostat EL/UK/XS/XK, Comtrade W00, OECD XKV
      ['S19', 'TWN'],
      ['EL', 'GRC'],
      ['UK', 'GBR'],
      ['XS', 'SRB'],
      ['XK', 'XKX'],
      ['XKV', 'XKX'],
      ['W00', 'WLD'],
      ['ROM', 'ROU'],
      // Namibia's alpha-2 is the string "NA" (BACI SOURCE.md: never read it as null)
      ['NA', 'NAM'],
      // "CS": Serbia and Montenegro in data from 2002 on (BACI top-6 files), not Czechoslovakia
      ['CS', 'SCG'],
    ]);
  });

  describe('reads "US" only as the country, never the word "us"', () => {
    resolvesAll([
      ['US', 'USA'],
      ['U.S.', 'USA'],
      ['U.S.A.', 'USA'],
      ['USA', 'USA'],
      ['usa', 'USA'],
      ['the U.S.', 'USA'],
      ['United States of America', 'USA'],
      ['America', 'USA'],
      ['us', undefined],
      ['Us', undefined],
      ['u.s.', undefined],
    ]);
  });

  describe('reads short codes that are English words only in capitals', () => {
    resolvesAll([
      ['CAN', 'CAN'],
      ['can', undefined],
      ['NO', 'NOR'],
      ['no', undefined],
      ['IN', 'IND'],
      ['in', undefined],
      ['ARE', 'ARE'],
      ['are', undefined],
      ['SUN', 'SUN'],
      ['sun', undefined],
      ['PER', 'PER'],
      ['per', undefined],
    ]);
  });

  describe('reads Cyrillic, Central Asian and Russian forms', () => {
    resolvesAll([
      ['Казахстан', 'KAZ'],
      ['Қазақстан', 'KAZ'],
      ['Qazaqstan', 'KAZ'],
      ['Kazakstan', 'KAZ'],
      ["O'zbekiston", 'UZB'],
      ['Oʻzbekiston', 'UZB'],
      ['Ўзбекистон', 'UZB'],
      ['Узбекистан', 'UZB'],
      ['Кыргызстан', 'KGZ'],
      ['Kyrgyz Republic', 'KGZ'],
      ['Kirghizia', 'KGZ'],
      ['Киргизия', 'KGZ'],
      ['Тоҷикистон', 'TJK'],
      ['Таджикистан', 'TJK'],
      ['Tadzhikistan', 'TJK'],
      ['Türkmenistan', 'TKM'],
      ['Туркменистан', 'TKM'],
      ['Россия', 'RUS'],
      ['Rossiya', 'RUS'],
      ['Российская Федерация', 'RUS'],
      ['Китай', 'CHN'],
      ['中国', 'CHN'],
      ['США', 'USA'],
      ['СССР', 'SUN'],
    ]);
  });

  describe('reads the forms datasets use', () => {
    resolvesAll([
      ['Korea, North', 'PRK'], // USGS MCS
      ['Korea, Republic of', 'KOR'], // USGS MCS
      ['Korea, South', 'KOR'], // WMD
      ['Korea, Rep.', 'KOR'], // WGI
      ["Korea, Dem. People's Rep.", 'PRK'], // WGI
      ['Rep. of Korea', 'KOR'], // BACI
      ["Dem. People's Rep. of Korea", 'PRK'], // BACI
      ['Congo (Kinshasa)', 'COD'], // USGS MCS
      ['Congo (Brazzaville)', 'COG'],
      ['Congo, D.R.', 'COD'], // WMD
      ['Congo, Rep.', 'COG'], // WMD, WGI
      ['Congo, Dem. Rep.', 'COD'], // WGI
      ['Dem. Rep. of the Congo', 'COD'], // BACI
      ['Democratic Republic Of The Congo', 'COD'], // US Census shares
      ['Burma', 'MMR'],
      ['Myanmar (Burma)', 'MMR'], // USITC
      ['Türkiye', 'TUR'],
      ['Turkey', 'TUR'],
      ['Russian Federation', 'RUS'],
      ['Viet Nam', 'VNM'],
      ['Lao PDR', 'LAO'],
      ["Lao People's Dem. Rep.", 'LAO'],
      ['Laos', 'LAO'],
      ['Iran, Islamic Rep.', 'IRN'],
      ['Egypt, Arab Rep.', 'EGY'],
      ['Venezuela, RB', 'VEN'],
      ['Yemen, Rep.', 'YEM'],
      ['Micronesia, Fed. Sts.', 'FSM'],
      ["Côte d'Ivoire", 'CIV'],
      ['Czechia', 'CZE'],
      ['Czech Republic', 'CZE'],
      ['Bolivia (Plurinational State of)', 'BOL'],
      ['United Rep. of Tanzania', 'TZA'],
      ['Hong Kong SAR, China', 'HKG'],
      ['China, Hong Kong SAR', 'HKG'],
      ['Taiwan, China', 'TWN'],
      ['Chinese Taipei', 'TWN'],
      ["China (People's Republic of)", 'CHN'], // OECD
      ['Br. Virgin Isds', 'VGB'],
      ['Virgin Islands (U.S.)', 'VIR'],
      ['St. Kitts and Nevis', 'KNA'],
      ['Bosnia Herzegovina', 'BIH'],
      ['Bosnia-Herzegovina', 'BIH'],
      ['TFYR of Macedonia', 'MKD'],
      ['Macedonia', 'MKD'],
      ['Swaziland', 'SWZ'],
      ['Jersey, Channel Islands', 'JEY'],
      ['West Bank and Gaza', 'PSE'],
      ['Kyrgyz Republic', 'KGZ'],
      ['Slovak Republic', 'SVK'],
      ['United States of America', 'USA'],
      ['UAE', 'ARE'],
      // Mojibake in the critical-materials-atlas BACI 2024 file (UTF-8 read as Latin-1)
      ["CÃ´te d'Ivoire", 'CIV'],
      ['TÃ¼rkiye', 'TUR'],
      ['CuraÃ§ao', 'CUW'],
    ]);
  });

  describe('drops the qualifiers USGS puts in brackets', () => {
    resolvesAll([
      ['Brazil (beneficiated)', 'BRA'],
      ['China (unspecified minerals)', 'CHN'],
      ['United States (includes Puerto Rico)', 'USA'],
      ['United\u00a0States (kyanite)', 'USA'],
      ['Canada ', 'CAN'],
      ['USA (before 1981)', 'USA'],
      ['Sudan (...2011)', 'SDN'],
      ['Korea (North)', 'PRK'],
      // A bracket naming a different country makes the name ambiguous.
      ['Russia (Kazakhstan)', undefined],
    ]);
  });

  describe('takes the documented reading of ambiguous names', () => {
    resolvesAll([
      ['Congo', 'COG'],
      ['Republic of the Congo', 'COG'],
      ['Democratic Republic of the Congo', 'COD'],
      ['DRC', 'COD'],
      ['DR Congo', 'COD'],
      ['Congolese', undefined],
      ['Korea', 'KOR'],
      ['Korean', 'KOR'],
      ['North Korea', 'PRK'],
      ['North Korean', 'PRK'],
      ['Guinea', 'GIN'],
      ['Equatorial Guinea', 'GNQ'],
      ['Guinea-Bissau', 'GNB'],
      ['Papua New Guinea', 'PNG'],
      ['Niger', 'NER'],
      ['Nigeria', 'NGA'],
      ['Nigerien', 'NER'],
      ['Nigerian', 'NGA'],
      ['Dominica', 'DMA'],
      ['Dominican Republic', 'DOM'],
      ['Dominican', 'DOM'],
      ['Sudan', 'SDN'],
      ['South Sudan', 'SSD'],
      ['Sudanese', 'SDN'],
      ['Samoa', 'WSM'],
      ['American Samoa', 'ASM'],
      ['Georgia', 'GEO'],
      ['Niue', 'NIU'],
      ['Macao', 'MAC'],
      ['Macau', 'MAC'],
    ]);
  });

  describe('reads demonyms', () => {
    resolvesAll([
      ['Kazakh', 'KAZ'],
      ['Kazakhstani', 'KAZ'],
      ['Uzbek', 'UZB'],
      ['Kyrgyz', 'KGZ'],
      ['Tajik', 'TJK'],
      ['Turkmen', 'TKM'],
      ['Chinese', 'CHN'],
      ['Russian', 'RUS'],
      ['American', 'USA'],
      ['British', 'GBR'],
      ['Dutch', 'NLD'],
      ['Emirati', 'ARE'],
      ['Filipino', 'PHL'],
      ['Soviet', 'SUN'],
    ]);
  });

  describe('reads capitals, which stand for governments in news', () => {
    resolvesAll([
      ['Beijing', 'CHN'],
      ['Washington', 'USA'],
      ['Washington, D.C.', 'USA'],
      ['Astana', 'KAZ'],
      ['Nur-Sultan', 'KAZ'],
      ['Tashkent', 'UZB'],
      ['Bishkek', 'KGZ'],
      ['Dushanbe', 'TJK'],
      ['Ashgabat', 'TKM'],
      ['Moscow', 'RUS'],
      ['Москва', 'RUS'],
      ['Kinshasa', 'COD'],
      ['Brazzaville', 'COG'],
      ['Tokyo', 'JPN'],
      ['Seoul', 'KOR'],
      ['The Hague', 'NLD'],
    ]);
  });

  describe('reads historic states and former names', () => {
    resolvesAll([
      ['Soviet Union', 'SUN'],
      ['USSR', 'SUN'],
      ['USSR (...1990)', 'SUN'], // BACI code list
      ['Yugoslavia', 'YUG'],
      ['Fmr Yugoslavia', 'YUG'],
      ['Czechoslovakia', 'CSK'],
      ['East Germany', 'DDR'],
      ['Dem. Rep. of Germany (...1990)', 'DDR'],
      ['Fed. Rep. of Germany (...1990)', 'DEU'],
      ['Serbia and Montenegro', 'SCG'],
      ['Netherlands Antilles', 'ANT'],
      ['Zaire', 'COD'],
      ['Ceylon', 'LKA'],
      ['Upper Volta', 'BFA'],
    ]);
  });

  describe('reads aggregates and refuses what is not one country', () => {
    resolvesAll([
      ['World', 'WLD'],
      ['World total', 'WLD'],
      ['Americas', undefined],
      ['North America', undefined],
      ['European Union', undefined],
      ['United States and Canada', undefined],
      ['China, Germany, and Russia', undefined],
      ['Other Asia, nes', undefined],
      ['Other countries', undefined],
      ['Belgium-Luxembourg (...1998)', undefined],
      ['Atlantis', undefined],
      ['', undefined],
      ['   ', undefined],
    ]);
  });

  describe('is never fuzzy', () => {
    resolvesAll([
      ['Kazakstn', undefined],
      ['Nigeri', undefined],
      ['Sudans', undefined],
    ]);
  });
});

describe('findCountry', () => {
  it('returns the code of a known name', () => {
    expect(findCountry('Kyrgyzstan')).toBe('KGZ');
  });
  it('throws NotFoundError, exit code 2, listing close matches', () => {
    let error: unknown;
    try {
      findCountry('Kazakstn');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    const nf = error as NotFoundError;
    expect(nf.exitCode).toBe(2);
    expect(nf.suggestions[0]).toBe('Kazakhstan (KAZ)');
    expect(nf.message).toContain('Kazakstn');
    expect(nf.hint).toContain('Kazakhstan (KAZ)');
  });
});

describe('suggestCountries', () => {
  it('suggests Kazakhstan for "Kazakstn"', () => {
    expect(suggestCountries('Kazakstn')[0]).toBe('Kazakhstan (KAZ)');
  });
  it('ranks the closest spelling first', () => {
    expect(suggestCountries('Rusia')[0]).toBe('Russia (RUS)');
    expect(suggestCountries('Kirgistan')[0]).toBe('Kyrgyzstan (KGZ)');
    expect(suggestCountries('Tadjikstan')[0]).toBe('Tajikistan (TJK)');
    expect(suggestCountries('Uzbekstan')[0]).toBe('Uzbekistan (UZB)');
  });
  it('suggests nothing for a name far from every country', () => {
    expect(suggestCountries('Zzyzxqq')).toEqual([]);
  });
});

describe('countryEntry and countryName', () => {
  it('give the entry and common name of a code', () => {
    expect(countryName('KAZ')).toBe('Kazakhstan');
    expect(countryEntry('KAZ')?.official).toBe('Republic of Kazakhstan');
    expect(countryEntry('SUN')?.kind).toBe('historic');
    expect(countryEntry('WLD')?.kind).toBe('aggregate');
    expect(countryEntry('HKG')?.kind).toBe('territory');
  });
  it('fall back to the code for an unknown one', () => {
    expect(countryName('XXX')).toBe('XXX');
    expect(countryEntry('XXX')).toBeUndefined();
  });
});

describe('countryRecords', () => {
  const { countries, aliases } = countryRecords();
  it('gives one country row per entry, in the record shape', () => {
    expect(countries).toHaveLength(allCountries().length);
    expect(countries.find((c) => c.iso3 === 'KAZ')).toEqual({
      iso3: 'KAZ', iso2: 'KZ', m49: '398', name: 'Kazakhstan', official_name: 'Republic of Kazakhstan', kind: 'country',
    });
  });
  it('keys aliases by normalizeName and keeps each (key, country) once', () => {
    for (const a of aliases) expect(a.alias_key).toBe(normalizeName(a.alias));
    const pairs = aliases.map((a) => `${a.alias_key}|${a.iso3}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
  it('labels each alias with its kind', () => {
    const kindOf = (alias: string): string | undefined => aliases.find((a) => a.alias === alias)?.kind;
    expect(kindOf('Республика Казахстан')).toBe('cyrillic');
    expect(kindOf('Astana')).toBe('capital');
    expect(kindOf('Kazakh')).toBe('demonym');
    expect(kindOf('Qazaqstan')).toBe('alias');
    expect(kindOf('KZ')).toBe('code');
    expect(kindOf('U.S.')).toBe('code');
  });
});

describe('isAggregateName', () => {
  const aggregates = [
    'World', 'World total', 'World total (rounded)', 'World total (rounded) 10', 'Other countries', 'Other Countries',
    'Other countries (includes crude)', 'Other Asia, nes', 'Europe EFTA, nes', 'Areas, nes', 'Free Zones',
    'European Union', 'EU', 'Central Asia', 'Africa', 'Latin America', 'Belgium-Luxembourg (...1998)',
    'Southern African Customs Union (...1999)', 'United States and Canada', 'China, Germany, and Russia', 'Total',
  ];
  for (const name of aggregates) {
    it(`counts ${JSON.stringify(name)} as an aggregate`, () => {
      expect(isAggregateName(name)).toBe(true);
    });
  }
  for (const name of ['Kazakhstan', 'Trinidad and Tobago', 'Bosnia and Herzegovina', 'Korea, Republic of', 'Saint Kitts and Nevis', 'Atlantis']) {
    it(`does not count ${JSON.stringify(name)}`, () => {
      expect(isAggregateName(name)).toBe(false);
    });
  }
});
