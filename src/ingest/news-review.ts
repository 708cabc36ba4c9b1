import { findCountry } from '../domain/countries.js';
import { UsageError } from '../domain/errors.js';
import { EVENT_TYPES, type EventRecord, type EventType } from '../domain/records.js';
import type { Store } from '../store/connection.js';
import { documentsByIds } from '../store/queries/events.js';
import { eventsByIds, insertReview, updateEvent, type Exec, type StoredEvent } from '../store/queries/news-writes.js';
import { SECTORS } from './news-annotations.js';
import { actorRecords, commodityRecords, datePrecision } from './news-records.js';
import { applyRestrictionEvent } from './news-restrictions.js';

/**
 * Review of events (issue 4): accept, reject (with a reason) or edit fields, each change one
 * event_review row saying who, when, what changed (JSON {field: {from, to}}) and why, all in one
 * transaction. Accepting an export-restriction event applies it to the restriction measures.
 */
export interface ReviewRequest {
  accept?: string[];
  reject?: string[];
  reason?: string;
  /** Field edits per event id: {date: '2025-11-06', sector: 'mining', actors: 'USA,KAZ'}. */
  edits?: { id: string; fields: Record<string, string> }[];
  who: string;
  now?: () => Date;
}

export interface ReviewOutcome {
  id: string;
  action: 'accept' | 'reject' | 'edit';
  changes: Record<string, { from: unknown; to: unknown }>;
  skipped?: string;
}

export const EDITABLE_FIELDS = ['type', 'date', 'title', 'location', 'sector', 'value', 'actors', 'commodities', 'tags'] as const;

function list(v: string): string[] {
  return v.split(',').map((x) => x.trim()).filter(Boolean);
}

/** Applies one field edit to a copy of the event; bad values are UsageErrors naming the field. */
export function applyEdit(e: StoredEvent, field: string, value: string): { next: StoredEvent; from: unknown; to: unknown } {
  const ev: EventRecord = { ...e.event };
  let actors = e.actors;
  let commodities = e.commodities;
  let from: unknown;
  let to: unknown;
  switch (field) {
    case 'type':
      if (!EVENT_TYPES.includes(value as EventType)) throw new UsageError(`--edit type: "${value}" is not an event type`, `use one of ${EVENT_TYPES.join(', ')}`);
      [from, to] = [ev.type, value];
      ev.type = value as EventType;
      break;
    case 'date':
      if (value !== '' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new UsageError(`--edit date: "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`, 'e.g. date=2025-11-06, or date= to clear it');
      [from, to] = [ev.date, value || null];
      ev.date = value || null;
      ev.date_precision = datePrecision(ev.date);
      break;
    case 'title':
      if (!value.trim()) throw new UsageError('--edit title: the title cannot be empty');
      [from, to] = [ev.title, value.trim()];
      ev.title = value.trim();
      break;
    case 'location': {
      const iso3 = value ? findCountry(value) : null;
      [from, to] = [ev.location_iso3, iso3];
      ev.location_iso3 = iso3;
      break;
    }
    case 'sector':
      if (value !== '' && !(SECTORS as readonly string[]).includes(value)) throw new UsageError(`--edit sector: "${value}" is not a sector`, `use one of ${SECTORS.join(', ')}, or sector= to clear it`);
      [from, to] = [ev.sector, value || null];
      ev.sector = value || null;
      break;
    case 'value': {
      const m = /^\s*([0-9][0-9_.,]*)\s*([A-Za-z]{3})\s*$/.exec(value);
      if (value !== '' && !m) throw new UsageError(`--edit value: "${value}" is not an amount with a currency`, 'e.g. value="4200000000 USD" (amount in units), or value= to clear it');
      const amount = m ? Number((m[1] as string).replace(/[_,]/g, '')) : null;
      if (m && !Number.isFinite(amount)) throw new UsageError(`--edit value: "${m[1]}" is not a number`);
      const currency = m ? (m[2] as string).toUpperCase() : null;
      [from, to] = [ev.value_amount === null ? null : `${ev.value_amount} ${ev.value_currency}`, m ? `${amount} ${currency}` : null];
      ev.value_amount = amount;
      ev.value_currency = currency;
      ev.value_usd = currency === 'USD' ? amount : null;
      break;
    }
    case 'actors': {
      const names = list(value);
      if (names.length === 0) throw new UsageError('--edit actors: give at least one actor', 'e.g. actors=USA,KAZ,Wabtec');
      [from, to] = [e.actors.map((a) => a.name), names];
      actors = actorRecords(ev.id, ev.type, names, (n) => e.actors.find((a) => a.name === n)?.entity_id ?? null);
      break;
    }
    case 'commodities': {
      const names = list(value);
      [from, to] = [e.commodities.map((c) => c.name), names];
      commodities = commodityRecords(ev.id, names);
      break;
    }
    case 'tags':
      [from, to] = [ev.tags, list(value).join(';')];
      ev.tags = list(value).join(';');
      break;
    default:
      throw new UsageError(`--edit: unknown field "${field}"`, `editable fields: ${EDITABLE_FIELDS.join(', ')}`);
  }
  return { next: { ...e, event: ev, actors, commodities }, from, to };
}

async function load(db: Exec, ids: string[]): Promise<Map<string, StoredEvent>> {
  const found = new Map((await eventsByIds(db, ids)).map((e) => [e.event.id, e]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new UsageError(`unknown event "${missing[0]}"`, 'list pending events with "lodestone review" and accepted ones with "lodestone events"');
  return found;
}

export async function reviewEvents(store: Store, req: ReviewRequest): Promise<ReviewOutcome[]> {
  const accept = req.accept ?? [];
  const reject = req.reject ?? [];
  const edits = req.edits ?? [];
  if (reject.length && !req.reason?.trim()) throw new UsageError('--reject needs --reason TEXT', 'say why, e.g. --reason "speculation, not an event"');
  const both = accept.filter((id) => reject.includes(id));
  if (both.length) throw new UsageError(`event ${both[0]} is both accepted and rejected`, 'give each event one of --accept or --reject');
  const at = (req.now ?? (() => new Date()))().toISOString();
  const out: ReviewOutcome[] = [];
  await store.db.transaction().execute(async (db) => {
    const events = await load(db, [...new Set([...accept, ...reject, ...edits.map((e) => e.id)])]);
    for (const { id, fields } of edits) {
      let cur = events.get(id) as StoredEvent;
      const changes: ReviewOutcome['changes'] = {};
      for (const [field, value] of Object.entries(fields)) {
        const r = applyEdit(cur, field, value);
        cur = r.next;
        if (JSON.stringify(r.from) !== JSON.stringify(r.to)) changes[field] = { from: r.from, to: r.to };
      }
      cur = { ...cur, event: { ...cur.event, updated_at: at } };
      events.set(id, cur);
      if (Object.keys(changes).length === 0) {
        out.push({ id, action: 'edit', changes, skipped: 'no field changed' });
        continue;
      }
      await updateEvent(db, cur);
      await insertReview(db, { event_id: id, at, who: req.who, action: 'edit', changes: JSON.stringify(changes), reason: req.reason ?? null });
      out.push({ id, action: 'edit', changes });
    }
    for (const [ids, state, action] of [[accept, 'accepted', 'accept'], [reject, 'rejected', 'reject']] as const) {
      for (const id of ids) {
        const cur = events.get(id) as StoredEvent;
        if (cur.event.review_state === state) {
          out.push({ id, action, changes: {}, skipped: `already ${state}` });
          continue;
        }
        const changes = { review_state: { from: cur.event.review_state, to: state } };
        const next: StoredEvent = { ...cur, event: { ...cur.event, review_state: state, updated_at: at } };
        await updateEvent(db, next);
        await insertReview(db, { event_id: id, at, who: req.who, action, changes: JSON.stringify(changes), reason: req.reason ?? null });
        if (state === 'accepted' && next.event.type === 'export_restriction') {
          const docs = await documentsByIds(db, next.evidence.map((x) => x.document_id));
          await applyRestrictionEvent(db, next, true, (d) => docs.find((x) => x.id === d)?.url ?? null);
        }
        out.push({ id, action, changes });
      }
    }
  });
  return out;
}
