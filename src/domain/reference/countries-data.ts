/**
 * Country reference table (STUB — being completed). One entry per ISO 3166-1 alpha-3 code, plus
 * historic codes (SUN) and aggregates used by datasets (WLD). Aliases cover common and official
 * names, demonyms, capitals (which stand for governments in news), Russian and Central Asian
 * transliterations, Cyrillic forms and the forms datasets use.
 */
export interface CountryEntry {
  iso3: string;
  iso2: string | null;
  m49: string | null;
  name: string;
  official: string | null;
  kind: 'country' | 'territory' | 'historic' | 'aggregate';
  demonyms: string[];
  capitals: string[];
  aliases: string[];
}

export const COUNTRY_ENTRIES: CountryEntry[] = [
  { iso3: 'KAZ', iso2: 'KZ', m49: '398', name: 'Kazakhstan', official: 'Republic of Kazakhstan', kind: 'country', demonyms: ['Kazakh', 'Kazakhstani'], capitals: ['Astana'], aliases: ['Kazakstan', 'Qazaqstan', 'Казахстан', 'Қазақстан'] },
  { iso3: 'CHN', iso2: 'CN', m49: '156', name: 'China', official: "People's Republic of China", kind: 'country', demonyms: ['Chinese'], capitals: ['Beijing'], aliases: ['PRC'] },
  { iso3: 'USA', iso2: 'US', m49: '840', name: 'United States', official: 'United States of America', kind: 'country', demonyms: ['American'], capitals: ['Washington'], aliases: ['US', 'U.S.', 'USA'] },
  { iso3: 'WLD', iso2: null, m49: '0', name: 'World', official: null, kind: 'aggregate', demonyms: [], capitals: [], aliases: ['World total'] },
];
