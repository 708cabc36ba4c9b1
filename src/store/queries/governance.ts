import type { Kysely } from 'kysely';
import type { GovernanceRecord } from '../../domain/records.js';
import type { Database } from '../schema.js';

export async function governanceOf(db: Kysely<Database>, iso3: string): Promise<GovernanceRecord[]> {
  return db.selectFrom('governance').selectAll().where('iso3', '=', iso3).orderBy('dimension').orderBy('year').execute();
}
