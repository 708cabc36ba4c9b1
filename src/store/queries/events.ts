import type { Kysely } from 'kysely';
import type { EventActorRecord, EventCommodityRecord, EventRecord, EvidenceRecord, DocumentRecord } from '../../domain/records.js';
import type { Database } from '../schema.js';

export interface EventWithParts extends EventRecord {
  actors: EventActorRecord[];
  commodities: EventCommodityRecord[];
  evidence: (EvidenceRecord & { url: string | null; title: string; published_date: string | null })[];
}

export interface EventFilter {
  iso3?: string;
  type?: string;
  commodityId?: string;
  since?: string;
  until?: string;
  text?: string;
  reviewState?: string;
  limit?: number;
}

/** Events with their actors, commodities and evidence (with each evidence's document). */
export async function findEvents(db: Kysely<Database>, f: EventFilter = {}): Promise<EventWithParts[]> {
  let q = db.selectFrom('event').selectAll();
  if (f.reviewState) q = q.where('review_state', '=', f.reviewState as EventRecord['review_state']);
  if (f.type) q = q.where('type', '=', f.type as EventRecord['type']);
  if (f.since) q = q.where('date', '>=', f.since);
  // A date such as 2025-12 sorts before 2025-12-31; "until 2025-12" keeps all of December.
  if (f.until) q = q.where('date', '<=', `${f.until}\uffff`);
  if (f.iso3) q = q.where('id', 'in', db.selectFrom('event_actor').select('event_id').where('iso3', '=', f.iso3));
  if (f.commodityId) q = q.where('id', 'in', db.selectFrom('event_commodity').select('event_id').where('commodity_id', '=', f.commodityId));
  if (f.text) q = q.where('title', 'like', `%${f.text}%`);
  q = q.orderBy('date', 'desc').orderBy('id');
  if (f.limit) q = q.limit(f.limit);
  const events = await q.execute();
  return attachParts(db, events);
}

async function attachParts(db: Kysely<Database>, events: EventRecord[]): Promise<EventWithParts[]> {
  if (events.length === 0) return [];
  const ids = events.map((e) => e.id);
  const out: EventWithParts[] = events.map((e) => ({ ...e, actors: [], commodities: [], evidence: [] }));
  const byId = new Map(out.map((e) => [e.id, e]));
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const actors = await db.selectFrom('event_actor').selectAll().where('event_id', 'in', part).orderBy('position').execute();
    for (const a of actors) byId.get(a.event_id)?.actors.push(a);
    const comms = await db.selectFrom('event_commodity').selectAll().where('event_id', 'in', part).execute();
    for (const c of comms) byId.get(c.event_id)?.commodities.push(c);
    const ev = await db
      .selectFrom('evidence')
      .innerJoin('document', 'document.id', 'evidence.document_id')
      .select(['evidence.event_id', 'evidence.document_id', 'evidence.sentence', 'evidence.start_offset', 'evidence.end_offset', 'document.url', 'document.title', 'document.published_date'])
      .where('evidence.event_id', 'in', part)
      .execute();
    for (const e of ev) byId.get(e.event_id)?.evidence.push(e);
  }
  return out;
}

export async function documentsByIds(db: Kysely<Database>, ids: string[]): Promise<DocumentRecord[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('document').selectAll().where('id', 'in', ids).execute();
}
