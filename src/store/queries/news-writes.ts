import type { Kysely, Transaction } from 'kysely';
import type {
  DocumentRecord, EntityAliasRecord, EntityRecord, EventActorRecord, EventCommodityRecord, EventRecord,
  EventReviewRecord, EvidenceRecord, RestrictionCommodityRecord, RestrictionRecord, RestrictionSourceRecord,
  RestrictionStatusRecord,
} from '../../domain/records.js';
import type { Database } from '../schema.js';

/**
 * Reads and writes of the news pipeline (issue 4): documents by content hash, knowledge-base
 * entities and aliases, events with their actors, commodities, evidence and review trail, and the
 * restriction links and status rows that export-restriction events add. Every function takes the
 * open transaction (or the database) first, so one ingest or one review is one transaction.
 */
export type Exec = Kysely<Database> | Transaction<Database>;

export async function documentByHash(db: Exec, contentHash: string): Promise<DocumentRecord | undefined> {
  return db.selectFrom('document').selectAll().where('content_hash', '=', contentHash).executeTakeFirst();
}

export async function insertDocument(db: Exec, doc: DocumentRecord): Promise<void> {
  await db.insertInto('document').values(doc).execute();
}

/** Document bodies by id (to tell syndicated copies from independent reports). */
export async function documentTexts(db: Exec, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('document').select(['id', 'text', 'title']).where('id', 'in', [...ids]).execute();
  for (const r of rows) out.set(r.id, r.text ?? r.title);
  return out;
}

export interface AliasRow {
  entity_id: string;
  alias_key: string;
  type: EntityRecord['type'];
  review_state: EntityRecord['review_state'];
}

/** Every entity alias with its entity's type and review state. */
export async function entityAliases(db: Exec): Promise<AliasRow[]> {
  return db
    .selectFrom('entity_alias')
    .innerJoin('entity', 'entity.id', 'entity_alias.entity_id')
    .select(['entity_alias.entity_id', 'entity_alias.alias_key', 'entity.type', 'entity.review_state'])
    .execute();
}

export async function entityIds(db: Exec): Promise<Set<string>> {
  const rows = await db.selectFrom('entity').select('id').execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertEntity(db: Exec, entity: EntityRecord, aliases: EntityAliasRecord[]): Promise<void> {
  await db.insertInto('entity').values(entity).execute();
  if (aliases.length) await db.insertInto('entity_alias').values(aliases).execute();
}

/** Accepted people, organisations and facilities with their aliases (the extractor's gazetteer input). */
export async function acceptedEntities(db: Exec): Promise<(EntityRecord & { aliases: string[] })[]> {
  const rows = await db.selectFrom('entity').selectAll().where('review_state', '=', 'accepted').orderBy('id').execute();
  const aliases = await db
    .selectFrom('entity_alias')
    .innerJoin('entity', 'entity.id', 'entity_alias.entity_id')
    .select(['entity_alias.entity_id', 'entity_alias.alias'])
    .where('entity.review_state', '=', 'accepted')
    .orderBy('entity_alias.alias')
    .execute();
  const by = new Map<string, string[]>();
  for (const a of aliases) by.set(a.entity_id, [...(by.get(a.entity_id) ?? []), a.alias]);
  return rows.map((r) => ({ ...r, aliases: by.get(r.id) ?? [] }));
}

export interface StoredEvent {
  event: EventRecord;
  actors: EventActorRecord[];
  commodities: EventCommodityRecord[];
  evidence: EvidenceRecord[];
}

/** Events with all their parts, by id (missing ids are left out). */
export async function eventsByIds(db: Exec, ids: readonly string[]): Promise<StoredEvent[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const events = await db.selectFrom('event').selectAll().where('id', 'in', list).orderBy('id').execute();
  const actors = await db.selectFrom('event_actor').selectAll().where('event_id', 'in', list).orderBy('event_id').orderBy('position').execute();
  const comms = await db.selectFrom('event_commodity').selectAll().where('event_id', 'in', list).orderBy('event_id').orderBy('name').execute();
  const ev = await db.selectFrom('evidence').selectAll().where('event_id', 'in', list).orderBy('event_id').orderBy('document_id').execute();
  return events.map((event) => ({
    event,
    actors: actors.filter((a) => a.event_id === event.id),
    commodities: comms.filter((c) => c.event_id === event.id),
    evidence: ev.filter((e) => e.event_id === event.id),
  }));
}

/**
 * Events of one dataset and type (the candidates an incoming news event may merge into); with a
 * year, only events of that year or undated (a compatible date shares the year).
 */
export async function eventsOfType(db: Exec, dataset: string, type: EventRecord['type'], year?: string): Promise<StoredEvent[]> {
  let q = db.selectFrom('event').select('id').where('dataset', '=', dataset).where('type', '=', type);
  if (year) q = q.where((eb) => eb.or([eb('date', 'is', null), eb('date', 'like', `${year}%`)]));
  const rows = await q.execute();
  return eventsByIds(db, rows.map((r) => r.id));
}

export async function insertEvent(db: Exec, e: StoredEvent): Promise<void> {
  await db.insertInto('event').values(e.event).execute();
  if (e.actors.length) await db.insertInto('event_actor').values(e.actors).execute();
  if (e.commodities.length) await db.insertInto('event_commodity').values(e.commodities).execute();
  if (e.evidence.length) await db.insertInto('evidence').values(e.evidence).execute();
}

/** Rewrites an event row and replaces its actors and commodities (evidence is only ever added). */
export async function updateEvent(db: Exec, e: Omit<StoredEvent, 'evidence'>): Promise<void> {
  const { id, ...rest } = e.event;
  await db.updateTable('event').set(rest).where('id', '=', id).execute();
  await db.deleteFrom('event_actor').where('event_id', '=', id).execute();
  if (e.actors.length) await db.insertInto('event_actor').values(e.actors).execute();
  await db.deleteFrom('event_commodity').where('event_id', '=', id).execute();
  if (e.commodities.length) await db.insertInto('event_commodity').values(e.commodities).execute();
}

export async function insertEvidence(db: Exec, rows: EvidenceRecord[]): Promise<void> {
  if (rows.length) await db.insertInto('evidence').values(rows).execute();
}

export async function insertReview(db: Exec, row: EventReviewRecord): Promise<void> {
  await db.insertInto('event_review').values(row).execute();
}

/** The audit trail of events, oldest first. */
export async function eventReviews(db: Exec, eventIds: readonly string[]): Promise<EventReviewRecord[]> {
  if (eventIds.length === 0) return [];
  return db.selectFrom('event_review').selectAll().where('event_id', 'in', [...eventIds]).orderBy('event_id').orderBy('at').execute();
}

/** Ids of the events of one dataset in one review state, newest date first. */
export async function eventIdsByState(db: Exec, dataset: string, state: EventRecord['review_state']): Promise<string[]> {
  const rows = await db
    .selectFrom('event')
    .select('id')
    .where('dataset', '=', dataset)
    .where('review_state', '=', state)
    .orderBy('date', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Events of one type with the same evidence sentence from the same document. */
export async function eventsSharingEvidence(db: Exec, documentId: string, sentence: string, type: EventRecord['type']): Promise<{ id: string; date: string | null }[]> {
  return db
    .selectFrom('evidence')
    .innerJoin('event', 'event.id', 'evidence.event_id')
    .select(['event.id', 'event.date'])
    .where('evidence.document_id', '=', documentId)
    .where('evidence.sentence', '=', sentence)
    .where('event.type', '=', type)
    .execute();
}

export async function restrictionSourceExists(db: Exec, restrictionId: string, eventId: string): Promise<boolean> {
  const row = await db
    .selectFrom('restriction_source')
    .select('restriction_id')
    .where('restriction_id', '=', restrictionId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRestrictionSource(db: Exec, row: RestrictionSourceRecord): Promise<void> {
  await db.insertInto('restriction_source').values(row).execute();
}

export async function insertRestrictionStatus(db: Exec, row: RestrictionStatusRecord): Promise<boolean> {
  const same = await db
    .selectFrom('restriction_status')
    .select('restriction_id')
    .where('restriction_id', '=', row.restriction_id)
    .where('date', '=', row.date)
    .where('status', '=', row.status)
    .executeTakeFirst();
  if (same) return false;
  await db.insertInto('restriction_status').values(row).execute();
  return true;
}

export async function updateRestrictionDates(
  db: Exec,
  id: string,
  patch: Partial<Pick<RestrictionRecord, 'suspended_from' | 'suspended_until' | 'lifted' | 'announced'>>,
): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('restriction').set(patch).where('id', '=', id).execute();
}

export async function insertRestriction(
  db: Exec,
  r: RestrictionRecord,
  targets: string[],
  commodities: RestrictionCommodityRecord[],
): Promise<void> {
  await db.insertInto('restriction').values(r).execute();
  if (targets.length) await db.insertInto('restriction_target').values(targets.map((t) => ({ restriction_id: r.id, target_iso3: t }))).execute();
  if (commodities.length) await db.insertInto('restriction_commodity').values(commodities).execute();
}

export async function restrictionExists(db: Exec, id: string): Promise<boolean> {
  return (await db.selectFrom('restriction').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Row counts of the tables the news pipeline writes (tests compare them before and after). */
export async function newsTableCounts(db: Exec): Promise<Record<string, number>> {
  const tables = [
    'document', 'entity', 'entity_alias', 'event', 'event_actor', 'event_commodity', 'evidence', 'event_review',
    'restriction', 'restriction_source', 'restriction_status',
  ] as const;
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

/** The latest review actions (accept, reject, edit) on any event, newest first, with the event's title. */
export async function recentReviews(db: Exec, limit: number): Promise<(EventReviewRecord & { title: string; type: string; review_state: string })[]> {
  return db
    .selectFrom('event_review')
    .innerJoin('event', 'event.id', 'event_review.event_id')
    .select(['event_review.event_id', 'event_review.at', 'event_review.who', 'event_review.action', 'event_review.changes', 'event_review.reason', 'event.title', 'event.type', 'event.review_state'])
    .where('event_review.action', '!=', 'create')
    .orderBy('event_review.at', 'desc')
    .orderBy('event_review.event_id')
    .limit(limit)
    .execute();
}
