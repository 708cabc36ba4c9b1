import { UsageError } from './errors.js';
import type { CountryGroupRecord, GroupMemberRecord } from './records.js';
import { normalizeName } from './text.js';

/**
 * Country groups with as-of dates. A membership's `since` and `until` are ISO dates and both
 * inclusive: the first and the last day as a member. The United Kingdom left the EU at the end
 * of 2020-01-31, so the group 'EU' has 28 members on 2020-01-31 and 27 from 2020-02-01.
 *
 * 'EU' is the dated membership (the European Communities before the Maastricht Treaty of
 * 1993-11-01, counted as one history); 'EU27' is the fixed post-Brexit composition that
 * Eurostat publishes as the aggregate EU27_2020 for every year, so "EU27 imports in 2015" and
 * "EU27 today" are the same 27 countries.
 */
export interface GroupMembership {
  iso3: string;
  since?: string;
  until?: string;
}

export interface GroupEntry {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  source: string;
  members: GroupMembership[];
}

function since(date: string, codes: string[]): GroupMembership[] {
  return codes.map((iso3) => ({ iso3, since: date }));
}

const EU_MEMBERS: GroupMembership[] = [
  ...since('1958-01-01', ['BEL', 'DEU', 'FRA', 'ITA', 'LUX', 'NLD']),
  ...since('1973-01-01', ['DNK', 'IRL']),
  { iso3: 'GBR', since: '1973-01-01', until: '2020-01-31' },
  ...since('1981-01-01', ['GRC']),
  ...since('1986-01-01', ['ESP', 'PRT']),
  ...since('1995-01-01', ['AUT', 'FIN', 'SWE']),
  ...since('2004-05-01', ['CYP', 'CZE', 'EST', 'HUN', 'LTU', 'LVA', 'MLT', 'POL', 'SVK', 'SVN']),
  ...since('2007-01-01', ['BGR', 'ROU']),
  ...since('2013-07-01', ['HRV']),
];

export const GROUPS: GroupEntry[] = [
  {
    id: 'C5',
    name: 'Central Asia (C5)',
    aliases: ['C5', 'C-5', 'C5+1', 'Central Asia', 'Central Asian Five', 'Central Asian states', 'Central Asian countries', 'Central Asian republics', 'Центральная Азия', 'Орталық Азия', 'Markaziy Osiyo'],
    description: 'The five Central Asian states of the C5+1 diplomatic format: Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan',
    source: 'US Department of State, "C5+1 Diplomatic Platform" (format launched 2015-09-26, Joint Declaration of Partnership and Cooperation, New York)',
    members: ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'].map((iso3) => ({ iso3 })),
  },
  {
    id: 'EU',
    name: 'European Union',
    aliases: ['EU', 'E.U.', 'European Union', 'European Communities', 'European Economic Community', 'EEC', 'EU member states', 'Европейский союз', 'Евросоюз', 'Еуропалық одақ', 'Yevropa Ittifoqi'],
    description: 'Member states of the European Union (and of the European Communities before 1993-11-01) by date of accession; the United Kingdom until 2020-01-31',
    source: 'European Union, "EU countries" (european-union.europa.eu/principles-countries-history/eu-countries_en); Treaty of Rome (in force 1958-01-01) and the accession treaties; Agreement on the withdrawal of the United Kingdom, OJ L 29, 31.1.2020',
    members: EU_MEMBERS,
  },
  {
    id: 'EU27',
    name: 'European Union (27, post-Brexit)',
    aliases: ['EU27', 'EU-27', 'EU 27', 'EU27_2020', 'EU27 2020', 'European Union (27)', 'European Union 27', 'EU of 27'],
    description: 'The 27 member states of the European Union since 2020-02-01, as one fixed composition for every year (Eurostat aggregate EU27_2020); use EU for membership on a date',
    source: 'Eurostat, Glossary: EU27_2020 (ec.europa.eu/eurostat/statistics-explained, "European Union (EU)"); European Union, "EU countries"',
    members: EU_MEMBERS.filter((m) => !m.until).map((m) => ({ iso3: m.iso3 })),
  },
  {
    id: 'G7',
    name: 'Group of Seven (G7)',
    aliases: ['G7', 'G-7', 'G 7', 'Group of Seven', 'Group of 7', 'Большая семёрка'],
    description: 'Canada, France, Germany, Italy, Japan, the United Kingdom and the United States; the EU takes part as a non-enumerated member and is not listed. Russia sat in the separate G8 format (1997–2014)',
    source: 'Rambouillet summit 1975-11-15 (France, West Germany, Italy, Japan, UK, US); Canada from the San Juan (Puerto Rico) summit 1976-06-27; G7 presidency sites (e.g. g7italy.it, "What is the G7")',
    members: [...since('1975-11-15', ['FRA', 'DEU', 'ITA', 'JPN', 'GBR', 'USA']), { iso3: 'CAN', since: '1976-06-27' }],
  },
  {
    id: 'OECD',
    name: 'Organisation for Economic Co-operation and Development (OECD)',
    aliases: ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development', 'OECD members', 'OECD countries', 'ОЭСР'],
    description: 'The 38 OECD members by date of deposit of their instrument of ratification of the OECD Convention; the 20 founders from 1961-09-30, when the Convention entered into force (or their later deposit)',
    source: 'OECD, "Members and partners" and "Ratification of the Convention on the OECD" (oecd.org/en/about/members-partners.html)',
    members: [
      ...since('1961-09-30', ['AUT', 'BEL', 'CAN', 'DNK', 'FRA', 'DEU', 'GRC', 'ISL', 'IRL', 'NOR', 'PRT', 'ESP', 'SWE', 'CHE', 'TUR', 'GBR', 'USA']),
      { iso3: 'NLD', since: '1961-11-13' },
      { iso3: 'LUX', since: '1961-12-07' },
      { iso3: 'ITA', since: '1962-03-29' },
      { iso3: 'JPN', since: '1964-04-28' },
      { iso3: 'FIN', since: '1969-01-28' },
      { iso3: 'AUS', since: '1971-06-07' },
      { iso3: 'NZL', since: '1973-05-29' },
      { iso3: 'MEX', since: '1994-05-18' },
      { iso3: 'CZE', since: '1995-12-21' },
      { iso3: 'HUN', since: '1996-05-07' },
      { iso3: 'POL', since: '1996-11-22' },
      { iso3: 'KOR', since: '1996-12-12' },
      { iso3: 'SVK', since: '2000-12-14' },
      { iso3: 'CHL', since: '2010-05-07' },
      { iso3: 'SVN', since: '2010-07-21' },
      { iso3: 'ISR', since: '2010-09-07' },
      { iso3: 'EST', since: '2010-12-09' },
      { iso3: 'LVA', since: '2016-07-01' },
      { iso3: 'LTU', since: '2018-07-05' },
      { iso3: 'COL', since: '2020-04-28' },
      { iso3: 'CRI', since: '2021-05-25' },
    ],
  },
  {
    id: 'BRICS',
    name: 'BRICS',
    aliases: ['BRICS', 'BRICS+', 'BRICS Plus', 'BRICS countries', 'БРИКС'],
    description:
      'Full members: Brazil, Russia, India and China (first BRIC summit 2009-06-16), South Africa (2010-12-24), Egypt, Ethiopia, Iran and the UAE (2024-01-01), Indonesia (2025-01-06). Saudi Arabia was invited in 2023 but has not confirmed membership and is left out; Argentina declined. Partner countries (Kazakhstan and Uzbekistan among them, from 2025-01-01) are not members',
    source: 'BRICS Johannesburg II Declaration, 2023-08-24 (invitations effective 2024-01-01); Brazil BRICS presidency statement on Indonesia, 2025-01-06 (brics.br); Yekaterinburg joint statement, 2009-06-16',
    members: [
      ...since('2009-06-16', ['BRA', 'RUS', 'IND', 'CHN']),
      { iso3: 'ZAF', since: '2010-12-24' },
      ...since('2024-01-01', ['EGY', 'ETH', 'IRN', 'ARE']),
      { iso3: 'IDN', since: '2025-01-06' },
    ],
  },
  {
    id: 'SCO',
    name: 'Shanghai Cooperation Organisation (SCO)',
    aliases: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'ШОС', 'Шанхайская организация сотрудничества'],
    description: 'Member states: the six founders (China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan; 2001-06-15), India and Pakistan (2017-06-09), Iran (2023-07-04), Belarus (2024-07-04); observers and dialogue partners are not members',
    source: 'Declaration on the Establishment of the SCO, Shanghai, 2001-06-15; Astana summit 2017-06-09; New Delhi (virtual) summit 2023-07-04; Astana summit 2024-07-04 (eng.sectsco.org)',
    members: [
      ...since('2001-06-15', ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']),
      ...since('2017-06-09', ['IND', 'PAK']),
      { iso3: 'IRN', since: '2023-07-04' },
      { iso3: 'BLR', since: '2024-07-04' },
    ],
  },
  {
    id: 'EAEU',
    name: 'Eurasian Economic Union (EAEU)',
    aliases: ['EAEU', 'EEU', 'Eurasian Economic Union', 'Eurasian Union', 'ЕАЭС', 'Евразийский экономический союз', 'Еуразиялық экономикалық одақ'],
    description: 'Russia, Belarus and Kazakhstan (Treaty on the EAEU in force 2015-01-01), Armenia (2015-01-02), Kyrgyzstan (2015-08-12)',
    source: 'Treaty on the Eurasian Economic Union, Astana, 2014-05-29; Eurasian Economic Commission, "General information" (eaeunion.org)',
    members: [...since('2015-01-01', ['RUS', 'BLR', 'KAZ']), { iso3: 'ARM', since: '2015-01-02' }, { iso3: 'KGZ', since: '2015-08-12' }],
  },
];

function groupKey(name: string): string {
  return normalizeName(name).replace(/^the /, '').replace(/ /g, '');
}

const byGroupKey = new Map<string, string>();
for (const g of GROUPS) for (const n of [g.id, g.name, ...g.aliases]) if (!byGroupKey.has(groupKey(n))) byGroupKey.set(groupKey(n), g.id);

/** The group id for a name ("Central Asia", "G-7", "EU-27", "BRICS+"), or undefined. */
export function resolveGroup(name: string): string | undefined {
  const key = groupKey(name);
  return key ? byGroupKey.get(key) : undefined;
}

export function groupEntry(id: string): GroupEntry | undefined {
  const resolved = resolveGroup(id);
  return GROUPS.find((g) => g.id === resolved);
}

function isMember(m: GroupMembership, onDate: string): boolean {
  return (!m.since || m.since <= onDate) && (!m.until || onDate <= m.until);
}

/**
 * Members of a group (by id or any of its names) on a date (ISO YYYY-MM-DD); without a date,
 * today's membership (every membership that has not ended). An unknown group has no members.
 */
export function groupMembers(id: string, onDate?: string): string[] {
  if (onDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(onDate)) {
    throw new UsageError(`"${onDate}" is not a date`, 'write dates as YYYY-MM-DD, e.g. 2024-01-01');
  }
  const g = groupEntry(id);
  if (!g) return [];
  return g.members.filter((m) => (onDate ? isMember(m, onDate) : !m.until)).map((m) => m.iso3);
}

/** Ids of the groups a country belongs to on a date (default: today). */
export function countryGroups(iso3: string, onDate?: string): string[] {
  return GROUPS.filter((g) => groupMembers(g.id, onDate).includes(iso3)).map((g) => g.id);
}

export function groupRecords(): { groups: CountryGroupRecord[]; members: GroupMemberRecord[] } {
  return {
    groups: GROUPS.map((g) => ({ id: g.id, name: g.name, description: g.description, source: g.source })),
    members: GROUPS.flatMap((g) => g.members.map((m) => ({ group_id: g.id, iso3: m.iso3, since: m.since ?? null, until: m.until ?? null }))),
  };
}
