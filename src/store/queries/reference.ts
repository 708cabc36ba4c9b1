import type { Kysely } from 'kysely';
import type { DatasetRecord } from '../../domain/records.js';
import type { Database } from '../schema.js';

export async function allDatasets(db: Kysely<Database>): Promise<DatasetRecord[]> {
  return db.selectFrom('dataset').selectAll().orderBy('id').orderBy('vintage').execute();
}

export async function metaValue(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}
