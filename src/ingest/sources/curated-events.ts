import { basename } from 'node:path';
import { resolveCommodity } from '../../domain/commodities.js';
import { resolveCountry } from '../../domain/countries.js';
import { DataError } from '../../domain/errors.js';
import type {
  DatePrecision, EntityAliasRecord, EntityRecord, EventActorRecord, EventCommodityRecord, EventRecord, EventReviewRecord, EvidenceRecord,
} from '../../domain/records.js';
import { normalizeName } from '../../domain/text.js';
import { COMMODITY_CATEGORIES, actorRole, canonicalActor, canonicalCommodity, isEventType, isSector, outsideInventory } from '../../domain/vocabulary.js';
import { numberCell, type CsvRow, type CsvTable } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import type { CuratedDocuments } from './curated-documents.js';

/**
 * shared/data/curated/events.csv: 166 dated events 2019–2026 (summits, agreements, deals, export
 * restrictions…), each with actors, commodities, sector, value as stated, source URL and a
 * paraphrased evidence sentence (shared/data/curated/README.md). Mapped onto the vocabulary of
 * shared/eval/extraction/GUIDELINES.md (src/domain/vocabulary.ts); what does not fit is warned.
 */
export const EVENT_COLUMNS = [
  'id', 'date', 'type', 'title', 'actors', 'location_iso3', 'commodities', 'sector', 'value_amount', 'value_currency',
  'source_url', 'source_date', 'evidence',
] as const;

export const EVENTS_DATASET = 'curated-events';
export const ORGANIZATIONS_SOURCE = 'curated-events';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2025-11-07" → day, "2025-11" → month, "2025" → year; a malformed date is a DataError naming the cell. */
export function datePrecision(row: CsvRow, column: string, file: string): { date: string | null; precision: DatePrecision | null } {
  const raw = row.values[column] ?? '';
  if (raw === '') return { date: null, precision: null };
  const m = DATE.exec(raw);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  const valid = m && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!valid) throw new DataError({ file, row: row.line, column }, `"${raw}" is not a date`, 'use YYYY-MM-DD, YYYY-MM or YYYY');
  return { date: raw, precision: m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year' };
}

/** A curated event as read, for the restriction supplement (curated-restrictions.ts). */
export interface CuratedEvent {
  id: string;
  type: string;
  sourceUrl: string | null;
  line: number;
}

export interface ParsedEvents {
  events: EventRecord[];
  actors: EventActorRecord[];
  commodities: EventCommodityRecord[];
  evidence: EvidenceRecord[];
  reviews: EventReviewRecord[];
  organizations: EntityRecord[];
  organizationAliases: EntityAliasRecord[];
  byId: Map<string, CuratedEvent>;
}

class Organizations {
  readonly entities = new Map<string, EntityRecord>();
  readonly aliases = new Map<string, EntityAliasRecord>();

  add(name: string, country: string | null, aliases: readonly string[]): string {
    const id = `org-${normalizeName(name).replace(/ /g, '-')}`;
    if (!this.entities.has(id)) {
      this.entities.set(id, { id, type: 'organization', name, country_iso3: country, role: null, role_start: null, link_id: null, review_state: 'accepted', source: ORGANIZATIONS_SOURCE });
    }
    for (const alias of [name, ...aliases]) {
      const key = normalizeName(alias);
      if (key !== '' && !this.aliases.has(`${id}|${key}`)) this.aliases.set(`${id}|${key}`, { entity_id: id, alias, alias_key: key });
    }
    return id;
  }
}

function eventActors(type: EventRecord['type'], eventId: string, tokens: string[], orgs: Organizations, report: ImportReport, where: { file: string; row: number }): EventActorRecord[] {
  const out: EventActorRecord[] = [];
  const push = (name: string, iso3: string | null, entity: string | null): void => {
    if (out.some((a) => a.name === name)) return;
    out.push({ event_id: eventId, position: out.length, name, entity_id: entity, iso3, role: actorRole(type, out.length) });
  };
  for (const token of tokens) {
    const actor = canonicalActor(token);
    if (actor.kind === 'country') push(actor.name, actor.iso3, null);
    else if (actor.kind === 'state-agency') {
      orgs.add(actor.name, actor.iso3, [actor.raw]);
      warn(report, { ...where, column: 'actors' }, `"${actor.raw}" acts for its state: listed as ${actor.iso3} (GUIDELINES: ministries and agencies are normalised to the state's ISO3)`);
      push(actor.iso3, actor.iso3, null);
    } else push(actor.name, null, orgs.add(actor.name, actor.country, actor.aliases));
  }
  return out;
}

function eventCommodities(eventId: string, names: string[], report: ImportReport, where: { file: string; row: number }): EventCommodityRecord[] {
  const out: EventCommodityRecord[] = [];
  for (const raw of names) {
    const c = canonicalCommodity(raw);
    if (!c.ok) {
      warn(report, { ...where, column: 'commodities' }, `"${c.name}" dropped: ${c.reason}`);
      continue;
    }
    if (out.some((x) => x.name === c.name)) continue;
    const id = resolveCommodity(c.name) ?? null;
    if (!id && !COMMODITY_CATEGORIES.includes(c.name)) warn(report, { ...where, column: 'commodities' }, `commodity "${c.name}" is not in the commodity table (kept by name)`);
    out.push({ event_id: eventId, commodity_id: id, name: c.name });
  }
  return out;
}

function value(row: CsvRow, file: string, report: ImportReport): { amount: number | null; currency: string | null } {
  const amount = numberCell(row, 'value_amount', file);
  const currency = (row.values.value_currency ?? '').toUpperCase() || null;
  if (currency !== null && !/^[A-Z]{3}$/.test(currency)) warn(report, { file, row: row.line, column: 'value_currency' }, `"${currency}" is not an ISO 4217 currency code`);
  if (amount !== null && currency === null) warn(report, { file, row: row.line, column: 'value_currency' }, 'an amount without a currency');
  if (amount === null && currency !== null) warn(report, { file, row: row.line, column: 'value_amount' }, 'a currency without an amount');
  return { amount, currency };
}

export function parseEvents(table: CsvTable, docs: CuratedDocuments, report: ImportReport, vintage: string, now: string): ParsedEvents {
  const file = basename(table.file);
  const orgs = new Organizations();
  const out: ParsedEvents = { events: [], actors: [], commodities: [], evidence: [], reviews: [], organizations: [], organizationAliases: [], byId: new Map() };
  for (const row of table.rows) {
    report.rowsRead += 1;
    const v = row.values;
    const where = { file, row: row.line };
    const id = v.id ?? '';
    if (id === '') {
      skip(report, 'event without an id');
      warn(report, { ...where, column: 'id' }, 'event without an id skipped');
      continue;
    }
    const earlier = out.byId.get(id);
    if (earlier) throw new DataError({ ...where, column: 'id' }, `duplicate event id "${id}" (first on line ${earlier.line})`, 'give each event its own id');
    const type = v.type ?? '';
    if (!isEventType(type)) {
      skip(report, 'event type outside the GUIDELINES vocabulary');
      warn(report, { ...where, column: 'type' }, `"${type}" is not one of the ten GUIDELINES event types; event skipped`);
      continue;
    }
    const { date, precision } = datePrecision(row, 'date', file);
    const source = datePrecision(row, 'source_date', file);
    const title = v.title ?? '';
    const misfit = outsideInventory(title);
    if (misfit) warn(report, { ...where, column: 'type' }, `${misfit} (kept as ${type}, as curated)`);
    const location = v.location_iso3 ? (resolveCountry(v.location_iso3) ?? null) : null;
    if (v.location_iso3 && !location) warn(report, { ...where, column: 'location_iso3' }, `unknown country "${v.location_iso3}" (location left empty)`);
    const sector = v.sector ?? '';
    if (sector !== '' && !isSector(sector)) warn(report, { ...where, column: 'sector' }, `"${sector}" is not a GUIDELINES sector (left empty)`);
    const { amount, currency } = value(row, file, report);
    out.byId.set(id, { id, type, sourceUrl: v.source_url || null, line: row.line });
    out.events.push({
      id,
      type,
      title,
      date,
      date_precision: precision,
      location_iso3: location,
      sector: isSector(sector) ? sector : null,
      value_amount: amount,
      value_currency: currency,
      value_usd: currency === 'USD' ? amount : null,
      review_state: 'accepted',
      corroboration: 1,
      dataset: EVENTS_DATASET,
      tags: 'curated',
      created_at: now,
      updated_at: now,
    });
    out.actors.push(...eventActors(type, id, (v.actors ?? '').split(';').filter((a) => a.trim() !== ''), orgs, report, where));
    out.commodities.push(...eventCommodities(id, (v.commodities ?? '').split(';').filter((c) => c.trim() !== ''), report, where));
    if (v.source_url) {
      const doc = docs.cite(v.source_url, title, source.date, EVENTS_DATASET);
      if (v.evidence) out.evidence.push({ event_id: id, document_id: doc, sentence: v.evidence, start_offset: null, end_offset: null });
      else warn(report, { ...where, column: 'evidence' }, 'no evidence sentence');
    } else warn(report, { ...where, column: 'source_url' }, 'event without a source URL (no document or evidence)');
    out.reviews.push({
      event_id: id,
      at: now,
      who: 'curated-ledger import',
      action: 'create',
      changes: JSON.stringify({ dataset: EVENTS_DATASET, vintage, file, source_row: row.line }),
      reason: 'curated ledger: shared/data/curated/events.csv',
    });
  }
  out.organizations = [...orgs.entities.values()];
  out.organizationAliases = [...orgs.aliases.values()];
  return out;
}
