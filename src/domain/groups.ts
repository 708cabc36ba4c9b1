import type { CountryGroupRecord, GroupMemberRecord } from './records.js';

/**
 * Country groups with as-of dates (STUB — being completed). Membership is dated so that "EU27
 * on 2019-06-01" includes the United Kingdom and "EU27 today" does not.
 */
export interface GroupEntry {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  source: string;
  members: { iso3: string; since?: string; until?: string }[];
}

export const GROUPS: GroupEntry[] = [
  {
    id: 'C5',
    name: 'Central Asia (C5)',
    aliases: ['Central Asia', 'Central Asian Five', 'C5', 'C5+1'],
    description: 'The five Central Asian states of the C5+1 format',
    source: 'US State Department, C5+1 diplomatic platform (2015)',
    members: ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'].map((iso3) => ({ iso3 })),
  },
];

/** Members of a group on a date (ISO YYYY-MM-DD; default: today's membership). */
export function groupMembers(id: string, onDate?: string): string[] {
  const g = GROUPS.find((x) => x.id === id);
  if (!g) return [];
  return g.members
    .filter((m) => !onDate || ((!m.since || m.since <= onDate) && (!m.until || m.until > onDate)))
    .filter((m) => onDate || !m.until)
    .map((m) => m.iso3);
}

export function groupRecords(): { groups: CountryGroupRecord[]; members: GroupMemberRecord[] } {
  return {
    groups: GROUPS.map((g) => ({ id: g.id, name: g.name, description: g.description, source: g.source })),
    members: GROUPS.flatMap((g) => g.members.map((m) => ({ group_id: g.id, iso3: m.iso3, since: m.since ?? null, until: m.until ?? null }))),
  };
}
