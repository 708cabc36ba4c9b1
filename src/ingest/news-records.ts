import { createHash } from 'node:crypto';
import { countryEntry, resolveCountry } from '../domain/countries.js';
import { resolveCommodity } from '../domain/commodities.js';
import type { DatePrecision, EventActorRecord, EventCommodityRecord, EventType } from '../domain/records.js';

/**
 * How one extracted event becomes knowledge-base rows: actors as ISO3 codes or entity ids,
 * commodities as commodity ids, a place as a country where the name resolves to one, a title.
 */

/** Types whose first actor is the acting party and the rest its counterparts (GUIDELINES "actors"). */
const ACTOR_FIRST: readonly EventType[] = ['export_restriction', 'sanction', 'visit'];

export function isCountryCode(x: string): boolean {
  return /^[A-Z]{3}$/.test(x) && (x === 'SUN' || countryEntry(x) !== undefined);
}

export function actorRecords(eventId: string, type: EventType, actors: readonly string[], entityIdOf: (canonical: string) => string | null): EventActorRecord[] {
  return [...new Set(actors)].map((name, position) => {
    const iso3 = isCountryCode(name) ? name : null;
    return {
      event_id: eventId,
      position,
      name,
      entity_id: iso3 ? null : entityIdOf(name),
      iso3,
      role: position > 0 && ACTOR_FIRST.includes(type) ? 'counterpart' : 'actor',
    };
  });
}

export function commodityRecords(eventId: string, names: readonly string[]): EventCommodityRecord[] {
  return [...new Set(names)].map((name) => ({ event_id: eventId, commodity_id: resolveCommodity(name) ?? null, name }));
}

/** The country of a place: an ISO3 location as is, a capital or country name through the reference aliases. */
export function locationIso3(location: string | null): string | null {
  if (!location) return null;
  if (isCountryCode(location)) return location;
  return resolveCountry(location) ?? null;
}

export function datePrecision(date: string | null): DatePrecision | null {
  if (!date) return null;
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

const LABEL: Record<EventType, string> = {
  summit: 'Summit', meeting: 'Meeting', visit: 'Visit', agreement: 'Agreement', deal: 'Deal', investment: 'Investment',
  export_restriction: 'Export restriction', sanction: 'Sanction', legislation: 'Legislation', statement: 'Statement',
};

/** "Deal — Wabtec, Kazakhstan Temir Zholy — New York" (type, actors, place). */
export function eventTitle(type: EventType, actors: readonly string[], location: string | null, commodities: readonly string[]): string {
  const parts = [LABEL[type], actors.join(', ') || 'unnamed parties'];
  if (commodities.length) parts.push(commodities.join(', '));
  if (location) parts.push(location);
  return parts.join(' — ').slice(0, 300);
}

export function newsEventId(date: string | null, type: EventType, documentHash: string, index: number): string {
  const h = createHash('sha256').update(`${documentHash}:${index}`).digest('hex').slice(0, 10);
  return `ev-news-${date ? date.replace(/-/g, '') : 'undated'}-${type.replace(/_/g, '-')}-${h}`;
}
