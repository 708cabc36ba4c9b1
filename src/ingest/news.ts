import type { EntityAliasRecord, EntityRecord, EventRecord, EventReviewRecord } from '../domain/records.js';
import { normalizeName } from '../domain/text.js';
import type { Store } from '../store/connection.js';
import { documentsByIds } from '../store/queries/events.js';
import {
  documentByHash, documentTexts, entityAliases, entityIds, eventsOfType, insertDocument, insertEntity, insertEvent,
  insertEvidence, insertReview, updateEvent, type Exec, type StoredEvent,
} from '../store/queries/news-writes.js';
import { finerDate, mergeScore, type MergeView } from './news-merge.js';
import { actorRecords, commodityRecords, datePrecision, eventTitle, locationIso3, newsEventId } from './news-records.js';
import { applyRestrictionEvent } from './news-restrictions.js';
import { contentHash, independentCount, publisherOf, slug } from './news-text.js';
import type { NewsArticle, NewsEvent } from './news-types.js';

/**
 * News into the knowledge base (issue 4, item 3). For each extracted article, in one transaction:
 * 1. the document, keyed by the hash of its body: an article already stored is skipped, so
 *    ingesting again changes nothing;
 * 2. its people and organisations, resolved by the extractor's entity id or through entity_alias
 *    (alias_key = normalizeName), or created as pending entities with their surface and canonical
 *    names as aliases; countries are ISO3 codes and commodities resolve to commodity ids;
 * 3. its events, each merged into a stored news event that reports the same thing (same type,
 *    overlapping actors, compatible dates and values: news-merge.ts) or created pending. A merge
 *    keeps every evidence sentence and sets the corroboration to the number of independent
 *    documents (syndicated copies count once: news-text.ts);
 * 4. export-restriction events linked to, or applied to, the restriction measures.
 * Every created, merged or accepted event gets an event_review row (who, when, what, why).
 */
export const NEWS_DATASET = 'news';

export interface IngestNewsOptions {
  /** Accept the events (new ones, and pending ones they merge into) instead of leaving them pending. */
  accept?: boolean;
  /** Tags for documents and events (e.g. 'demo'). */
  tags?: string[];
  who?: string;
  now?: () => Date;
}

export interface NewsInput {
  /** Where the article came from (for the report and the audit trail). */
  file: string;
  article: NewsArticle;
}

export interface NewsIngestItem {
  file: string;
  document_id: string;
  status: 'new' | 'duplicate';
  events_created: string[];
  events_merged: string[];
  entities_created: string[];
}

export interface NewsIngestReport {
  items: NewsIngestItem[];
  restrictions_linked: string[];
  restrictions_created: string[];
  restriction_status_added: string[];
  warnings: string[];
}

interface Ctx {
  db: Exec;
  now: string;
  who: string;
  tags: string[];
  accept: boolean;
  aliases: Map<string, { id: string; type: string }[]>;
  ids: Set<string>;
  urls: Map<string, string | null>;
  report: NewsIngestReport;
}

export async function ingestNews(store: Store, inputs: readonly NewsInput[], opts: IngestNewsOptions = {}): Promise<NewsIngestReport> {
  const report: NewsIngestReport = { items: [], restrictions_linked: [], restrictions_created: [], restriction_status_added: [], warnings: [] };
  const now = (opts.now ?? (() => new Date()))().toISOString();
  await store.db.transaction().execute(async (db) => {
    const aliases = new Map<string, { id: string; type: string }[]>();
    for (const a of await entityAliases(db)) aliases.set(a.alias_key, [...(aliases.get(a.alias_key) ?? []), { id: a.entity_id, type: a.type }]);
    const ctx: Ctx = {
      db, now, who: opts.who ?? 'ingest', tags: [...new Set(opts.tags ?? [])], accept: opts.accept ?? false,
      aliases, ids: await entityIds(db), urls: new Map(), report,
    };
    for (const input of inputs) report.items.push(await ingestOne(ctx, input));
  });
  return report;
}

async function ingestOne(ctx: Ctx, { file, article }: NewsInput): Promise<NewsIngestItem> {
  const hash = contentHash(article.body);
  const existing = await documentByHash(ctx.db, hash);
  const item: NewsIngestItem = { file, document_id: existing?.id ?? `doc-news-${hash.slice(0, 16)}`, status: existing ? 'duplicate' : 'new', events_created: [], events_merged: [], entities_created: [] };
  if (existing) return item;
  const firstLine = article.body.split('\n').find((l) => l.trim() !== '')?.trim() ?? file;
  await insertDocument(ctx.db, {
    id: item.document_id,
    url: article.header.url,
    title: (article.header.title ?? firstLine).slice(0, 300),
    publisher: publisherOf(article.header.url),
    published_date: article.header.date,
    content_hash: hash,
    kind: 'article',
    text: article.body,
    tags: ['news', ...ctx.tags].join(';'),
    created_at: ctx.now,
  });
  ctx.urls.set(item.document_id, article.header.url);
  const entityOf = await resolveEntities(ctx, article, item);
  const stored: StoredEvent[] = [];
  for (const [index, ev] of article.events.entries()) stored.push(await mergeOrCreate(ctx, ev, index, hash, item, file, entityOf));
  // After all of the article's events are stored, so a change and the earlier measure it names
  // in the same sentence can be told apart (news-restrictions.ts).
  for (const e of stored) if (e.event.type === 'export_restriction') await updateRestrictions(ctx, e);
  return item;
}

/** Canonical name → entity id for the article's people and organisations (creating pending ones). */
async function resolveEntities(ctx: Ctx, article: NewsArticle, item: NewsIngestItem): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of article.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    if (out.has(e.canonical)) continue;
    if (e.resolved_id && ctx.ids.has(e.resolved_id)) {
      out.set(e.canonical, e.resolved_id);
      continue;
    }
    const found = [normalizeName(e.canonical), normalizeName(e.name)]
      .map((k) => (ctx.aliases.get(k) ?? []).find((x) => x.type === e.type))
      .find((x) => x !== undefined);
    if (found) {
      out.set(e.canonical, found.id);
      continue;
    }
    const base = `${e.type === 'person' ? 'p' : 'org'}-news-${slug(e.canonical)}`;
    let id = base;
    for (let n = 2; ctx.ids.has(id); n += 1) id = `${base}-${n}`;
    const entity: EntityRecord = {
      id, type: e.type, name: e.canonical, country_iso3: null, role: null, role_start: null, link_id: null,
      review_state: 'pending', source: `news:${item.document_id}`,
    };
    const aliasRows: EntityAliasRecord[] = [];
    for (const alias of [e.canonical, e.name]) {
      const key = normalizeName(alias);
      if (!key || aliasRows.some((a) => a.alias_key === key)) continue;
      aliasRows.push({ entity_id: id, alias, alias_key: key });
      ctx.aliases.set(key, [...(ctx.aliases.get(key) ?? []), { id, type: e.type }]);
    }
    await insertEntity(ctx.db, entity, aliasRows);
    ctx.ids.add(id);
    out.set(e.canonical, id);
    item.entities_created.push(id);
  }
  return out;
}

function view(e: StoredEvent): MergeView {
  return {
    type: e.event.type,
    date: e.event.date,
    actors: e.actors.map((a) => a.name),
    commodities: e.commodities.map((c) => c.name),
    value: e.event.value_amount !== null && e.event.value_currency ? { amount: e.event.value_amount, currency: e.event.value_currency } : null,
  };
}

function review(ctx: Ctx, event_id: string, action: EventReviewRecord['action'], changes: object, reason: string | null): EventReviewRecord {
  return { event_id, at: ctx.now, who: ctx.who, action, changes: JSON.stringify(changes), reason };
}

function unionTags(a: string, b: readonly string[]): string {
  return [...new Set([...a.split(';').filter(Boolean), ...b])].join(';');
}

async function mergeOrCreate(
  ctx: Ctx, ev: NewsEvent, index: number, hash: string, item: NewsIngestItem, file: string, entityOf: Map<string, string>,
): Promise<StoredEvent> {
  const incoming: MergeView = { type: ev.type, date: ev.date, actors: ev.actors, commodities: ev.commodities, value: ev.value };
  let best: StoredEvent | undefined;
  let bestScore = 0;
  for (const cand of await eventsOfType(ctx.db, NEWS_DATASET, ev.type, ev.date?.slice(0, 4))) {
    if (cand.evidence.some((x) => x.document_id === item.document_id)) continue;
    const s = mergeScore(view(cand), incoming);
    if (s > bestScore) [best, bestScore] = [cand, s];
  }
  const evidence = { document_id: item.document_id, sentence: ev.evidence, start_offset: ev.evidence_start ?? null, end_offset: ev.evidence_end ?? null };
  const entityIdOf = (c: string): string | null => entityOf.get(c) ?? null;
  if (!best) {
    const id = newsEventId(ev.date, ev.type, hash, index);
    const event: EventRecord = {
      id,
      type: ev.type,
      title: eventTitle(ev.type, ev.actors, ev.location, ev.commodities),
      date: ev.date,
      date_precision: ev.date_precision ?? datePrecision(ev.date),
      location_iso3: locationIso3(ev.location),
      sector: ev.sector,
      value_amount: ev.value?.amount ?? null,
      value_currency: ev.value?.currency ?? null,
      value_usd: ev.value ? (ev.value.usd ?? (ev.value.currency === 'USD' ? ev.value.amount : null)) : null,
      review_state: ctx.accept ? 'accepted' : 'pending',
      corroboration: 1,
      dataset: NEWS_DATASET,
      tags: unionTags('news', ctx.tags),
      created_at: ctx.now,
      updated_at: ctx.now,
    };
    const stored: StoredEvent = { event, actors: actorRecords(id, ev.type, ev.actors, entityIdOf), commodities: commodityRecords(id, ev.commodities), evidence: [{ event_id: id, ...evidence }] };
    await insertEvent(ctx.db, stored);
    await insertReview(ctx.db, review(ctx, id, 'create', { document_id: item.document_id, file, evidence: ev.evidence }, 'extracted from a news article'));
    if (ctx.accept) await insertReview(ctx.db, review(ctx, id, 'accept', { review_state: { from: 'pending', to: 'accepted' } }, 'accepted on ingest (--accept)'));
    item.events_created.push(id);
    return stored;
  }
  const id = best.event.id;
  const before = best.event;
  const evidenceRows = [...best.evidence, { event_id: id, ...evidence }];
  const texts = await documentTexts(ctx.db, evidenceRows.map((x) => x.document_id));
  const corroboration = independentCount(evidenceRows.map((x) => x.document_id), texts);
  const names = best.actors.map((a) => a.name);
  const actors = [...names, ...ev.actors.filter((a) => !names.includes(a))];
  const commodities = [...new Set([...best.commodities.map((c) => c.name), ...ev.commodities])];
  const event: EventRecord = {
    ...before,
    date: finerDate(before.date, ev.date),
    date_precision: datePrecision(finerDate(before.date, ev.date)),
    location_iso3: before.location_iso3 ?? locationIso3(ev.location),
    sector: before.sector ?? ev.sector,
    value_amount: before.value_amount ?? ev.value?.amount ?? null,
    value_currency: before.value_currency ?? ev.value?.currency ?? null,
    value_usd: before.value_usd ?? (ev.value ? (ev.value.usd ?? (ev.value.currency === 'USD' ? ev.value.amount : null)) : null),
    review_state: ctx.accept && before.review_state === 'pending' ? 'accepted' : before.review_state,
    corroboration,
    tags: unionTags(before.tags, ctx.tags),
    updated_at: ctx.now,
  };
  const merged: StoredEvent = { event, actors: actorRecords(id, event.type, actors, (c) => best.actors.find((a) => a.name === c)?.entity_id ?? entityIdOf(c)), commodities: commodityRecords(id, commodities), evidence: evidenceRows };
  await updateEvent(ctx.db, merged);
  await insertEvidence(ctx.db, [{ event_id: id, ...evidence }]);
  const changes: Record<string, unknown> = { merged_document: item.document_id, file, evidence: ev.evidence };
  for (const k of ['date', 'corroboration', 'value_amount', 'value_currency', 'location_iso3', 'sector'] as const) {
    if (before[k] !== event[k]) changes[k] = { from: before[k], to: event[k] };
  }
  if (actors.length !== names.length) changes.actors = { from: names, to: actors };
  await insertReview(ctx.db, review(ctx, id, 'edit', changes, 'merged: another article reports the same event'));
  if (event.review_state !== before.review_state) await insertReview(ctx.db, review(ctx, id, 'accept', { review_state: { from: before.review_state, to: event.review_state } }, 'accepted on ingest (--accept)'));
  item.events_merged.push(id);
  return merged;
}

async function updateRestrictions(ctx: Ctx, e: StoredEvent): Promise<void> {
  const missing = e.evidence.map((x) => x.document_id).filter((d) => !ctx.urls.has(d));
  for (const d of await documentsByIds(ctx.db, missing)) ctx.urls.set(d.id, d.url);
  const u = await applyRestrictionEvent(ctx.db, e, e.event.review_state === 'accepted', (d) => ctx.urls.get(d) ?? null);
  ctx.report.restrictions_linked.push(...u.linked);
  if (u.created) ctx.report.restrictions_created.push(u.created);
  ctx.report.restriction_status_added.push(...u.statusAdded);
  if (u.warning) ctx.report.warnings.push(u.warning);
}
