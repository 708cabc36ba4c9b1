import { describe, expect, it } from 'vitest';
import { countryEntry } from '../../src/domain/countries.js';
import { UsageError } from '../../src/domain/errors.js';
import { GROUPS, countryGroups, groupEntry, groupMembers, groupRecords, resolveGroup } from '../../src/domain/groups.js';

const sorted = (codes: string[]): string[] => [...codes].sort();

describe('GROUPS', () => {
  it('has the seven groups the profiles use', () => {
    expect(GROUPS.map((g) => g.id)).toEqual(['C5', 'EU', 'EU27', 'G7', 'OECD', 'BRICS', 'SCO', 'EAEU']);
  });
  it('lists only codes that are in the country table, once per group', () => {
    for (const g of GROUPS) {
      for (const m of g.members) expect(countryEntry(m.iso3)?.kind, `${g.id}: ${m.iso3}`).toBe('country');
      expect(new Set(g.members.map((m) => m.iso3)).size, g.id).toBe(g.members.length);
    }
  });
  it('cites a source and writes dates as YYYY-MM-DD', () => {
    for (const g of GROUPS) {
      expect(g.source.length, g.id).toBeGreaterThan(20);
      for (const m of g.members) for (const d of [m.since, m.until]) if (d) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('resolveGroup', () => {
  const cases: [string, string | undefined][] = [
    ['C5', 'C5'],
    ['c5', 'C5'],
    ['C-5', 'C5'],
    ['C5+1', 'C5'],
    ['Central Asia', 'C5'],
    ['central asia', 'C5'],
    ['Central Asian Five', 'C5'],
    ['Центральная Азия', 'C5'],
    ['EU', 'EU'],
    ['E.U.', 'EU'],
    ['European Union', 'EU'],
    ['the European Union', 'EU'],
    ['EU27', 'EU27'],
    ['EU-27', 'EU27'],
    ['EU 27', 'EU27'],
    ['G7', 'G7'],
    ['G-7', 'G7'],
    ['Group of Seven', 'G7'],
    ['OECD', 'OECD'],
    ['Organization for Economic Cooperation and Development', 'OECD'],
    ['BRICS', 'BRICS'],
    ['BRICS+', 'BRICS'],
    ['BRICS Plus', 'BRICS'],
    ['SCO', 'SCO'],
    ['Shanghai Cooperation Organization', 'SCO'],
    ['ШОС', 'SCO'],
    ['EAEU', 'EAEU'],
    ['Eurasian Economic Union', 'EAEU'],
    ['ЕАЭС', 'EAEU'],
    ['Kazakhstan', undefined],
    ['G20', undefined],
    ['', undefined],
  ];
  for (const [name, id] of cases) {
    it(`${JSON.stringify(name)} → ${id ?? 'nothing'}`, () => {
      expect(resolveGroup(name)).toBe(id);
    });
  }
});

describe('groupMembers', () => {
  it('gives the C5', () => {
    expect(groupMembers('C5')).toEqual(['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM']);
  });
  it('accepts a group name instead of the id', () => {
    expect(groupMembers('Central Asia')).toEqual(groupMembers('C5'));
  });
  it('gives the EU 27 members today and 28 before Brexit', () => {
    expect(groupMembers('EU')).toHaveLength(27);
    expect(groupMembers('EU')).not.toContain('GBR');
    expect(groupMembers('EU', '2019-06-01')).toHaveLength(28);
    expect(groupMembers('EU', '2019-06-01')).toContain('GBR');
  });
  it('counts the last day of a membership: the UK was in the EU on 2020-01-31, not on 2020-02-01', () => {
    expect(groupMembers('EU', '2020-01-31')).toContain('GBR');
    expect(groupMembers('EU', '2020-02-01')).not.toContain('GBR');
    expect(groupMembers('EU', '2020-02-01')).toHaveLength(27);
  });
  it('follows EU enlargements', () => {
    expect(groupMembers('EU', '1958-01-01')).toHaveLength(6);
    expect(groupMembers('EU', '1995-01-01')).toHaveLength(15);
    expect(groupMembers('EU', '2004-04-30')).toHaveLength(15);
    expect(groupMembers('EU', '2004-05-01')).toHaveLength(25);
    expect(groupMembers('EU', '2013-06-30')).not.toContain('HRV');
    expect(groupMembers('EU', '2013-07-01')).toContain('HRV');
    expect(groupMembers('EU', '2013-07-01')).toHaveLength(28);
  });
  it('keeps EU27 as the fixed post-Brexit 27 on any date', () => {
    expect(sorted(groupMembers('EU27'))).toEqual(sorted(groupMembers('EU')));
    expect(groupMembers('EU27', '2015-06-01')).toEqual(groupMembers('EU27'));
    expect(groupMembers('EU27')).not.toContain('GBR');
  });
  it('gives the G7', () => {
    expect(sorted(groupMembers('G7'))).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA']);
    expect(groupMembers('G7', '1976-01-01')).not.toContain('CAN');
  });
  it('gives 38 OECD members today and dates each accession', () => {
    expect(groupMembers('OECD')).toHaveLength(38);
    expect(groupMembers('OECD', '1961-09-30')).toHaveLength(17);
    expect(groupMembers('OECD', '1962-12-31')).toHaveLength(20);
    expect(groupMembers('OECD', '2021-05-24')).toHaveLength(37);
    expect(groupMembers('OECD', '2021-05-25')).toContain('CRI');
    expect(groupMembers('OECD')).not.toContain('KAZ');
  });
  it('gives BRICS with the 2024 and 2025 expansions, and without Saudi Arabia', () => {
    expect(sorted(groupMembers('BRICS', '2023-12-31'))).toEqual(['BRA', 'CHN', 'IND', 'RUS', 'ZAF']);
    expect(sorted(groupMembers('BRICS', '2024-01-01'))).toEqual(['ARE', 'BRA', 'CHN', 'EGY', 'ETH', 'IND', 'IRN', 'RUS', 'ZAF']);
    expect(groupMembers('BRICS', '2025-01-05')).not.toContain('IDN');
    expect(groupMembers('BRICS', '2025-01-06')).toContain('IDN');
    expect(groupMembers('BRICS')).toHaveLength(10);
    expect(groupMembers('BRICS')).not.toContain('SAU');
  });
  it('gives the SCO on its accession dates', () => {
    expect(sorted(groupMembers('SCO', '2017-06-08'))).toEqual(['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
    expect(groupMembers('SCO', '2017-06-09')).toEqual(expect.arrayContaining(['IND', 'PAK']));
    expect(groupMembers('SCO', '2023-07-03')).not.toContain('IRN');
    expect(groupMembers('SCO', '2023-07-04')).toContain('IRN');
    expect(groupMembers('SCO', '2024-07-03')).not.toContain('BLR');
    expect(groupMembers('SCO', '2024-07-04')).toContain('BLR');
    expect(groupMembers('SCO')).toHaveLength(10);
    expect(groupMembers('SCO')).not.toContain('TKM');
  });
  it('gives the EAEU on its accession dates', () => {
    expect(groupMembers('EAEU', '2014-12-31')).toEqual([]);
    expect(sorted(groupMembers('EAEU', '2015-01-01'))).toEqual(['BLR', 'KAZ', 'RUS']);
    expect(groupMembers('EAEU', '2015-01-02')).toContain('ARM');
    expect(groupMembers('EAEU', '2015-08-11')).not.toContain('KGZ');
    expect(sorted(groupMembers('EAEU', '2015-08-12'))).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS']);
  });
  it('gives no members for an unknown group', () => {
    expect(groupMembers('NOPE')).toEqual([]);
  });
  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => groupMembers('EU', '2019')).toThrow(UsageError);
  });
});

describe('countryGroups', () => {
  it('lists the groups of a country on a date', () => {
    expect(countryGroups('KAZ')).toEqual(['C5', 'SCO', 'EAEU']);
    expect(countryGroups('GBR', '2019-01-01')).toEqual(['EU', 'G7', 'OECD']);
    expect(countryGroups('GBR')).toEqual(['G7', 'OECD']);
  });
});

describe('groupEntry', () => {
  it('finds a group by id or name', () => {
    expect(groupEntry('BRICS+')?.id).toBe('BRICS');
    expect(groupEntry('XYZ')).toBeUndefined();
  });
});

describe('groupRecords', () => {
  it('gives one row per group and per membership, with null dates where none apply', () => {
    const { groups, members } = groupRecords();
    expect(groups).toHaveLength(GROUPS.length);
    expect(members.filter((m) => m.group_id === 'C5')).toHaveLength(5);
    expect(members.find((m) => m.group_id === 'C5')?.since).toBeNull();
    expect(members.find((m) => m.group_id === 'EU' && m.iso3 === 'GBR')).toEqual({ group_id: 'EU', iso3: 'GBR', since: '1973-01-01', until: '2020-01-31' });
    expect(members.filter((m) => m.group_id === 'OECD')).toHaveLength(38);
  });
});
