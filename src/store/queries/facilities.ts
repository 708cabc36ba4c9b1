import type { Kysely } from 'kysely';
import type { FacilityRecord, FacilitySourceRecord } from '../../domain/records.js';
import type { Database } from '../schema.js';

/** Facilities in any of the given countries, optionally those handling a commodity. */
export async function facilitiesIn(db: Kysely<Database>, countries: readonly string[], commodityId?: string): Promise<FacilityRecord[]> {
  if (countries.length === 0) return [];
  const rows = await db.selectFrom('facility').selectAll().where('country_iso3', 'in', countries as string[]).orderBy('country_iso3').orderBy('name').execute();
  return commodityId ? rows.filter((r) => r.commodities.split(';').includes(commodityId)) : rows;
}

export async function facilitySources(db: Kysely<Database>, ids: readonly string[]): Promise<FacilitySourceRecord[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('facility_source').selectAll().where('facility_id', 'in', ids as string[]).execute();
}
