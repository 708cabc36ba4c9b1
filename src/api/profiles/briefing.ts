import type { Kysely } from 'kysely';
import { countryName } from '../../domain/countries.js';
import { groupMembers } from '../../domain/groups.js';
import { findEvents } from '../../store/queries/events.js';
import { metaValue } from '../../store/queries/reference.js';
import type { Database } from '../../store/schema.js';
import { countryProfile, type Position } from './country-profile.js';
import { restrictionsList } from './restrictions-list.js';

/**
 * The Central Asia briefing `npm start` prints: the C5's leading positions in world supply,
 * restriction measures in force on the day, and the latest events of the ledger.
 */
export async function centralAsiaBriefing(db: Kysely<Database>, onDate: string, topN = 12) {
  const positions: (Position & { iso3: string; country: string })[] = [];
  for (const iso3 of groupMembers('C5')) {
    const p = await countryProfile(db, iso3, onDate);
    for (const pos of p.production) positions.push({ ...pos, iso3, country: countryName(iso3) });
  }
  // One line per country and commodity: the newest source's figure (USGS before WMD when both).
  const seen = new Set<string>();
  const top = positions
    .sort((a, b) => a.rank - b.rank || b.share - a.share)
    .filter((p) => {
      const k = `${p.iso3}|${p.commodity}|${p.stage}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, topN);
  const restrictions = (await restrictionsList(db, { on: onDate })).filter((r) => r.status === 'in_force' || r.status === 'suspended');
  const events = await findEvents(db, { reviewState: 'accepted', limit: 8 });
  return {
    on: onDate,
    top_positions: top,
    restrictions,
    latest_events: events.map((e) => ({ id: e.id, date: e.date, type: e.type, title: e.title, sources: [...new Set(e.evidence.map((x) => x.url).filter(Boolean))] })),
    data_build: await metaValue(db, 'data_build'),
  };
}
