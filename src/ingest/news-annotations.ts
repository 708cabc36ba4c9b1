import { countryEntry } from '../domain/countries.js';
import { DataError } from '../domain/errors.js';
import { EVENT_TYPES, type EventType } from '../domain/records.js';
import type { NewsArticle, NewsEntity, NewsEntityKind, NewsEvent } from './news-types.js';
import { checkDate, parseArticleFile } from './news-text.js';

/**
 * GUIDELINES-schema annotations (`NN.json` beside `NN.txt`, shared/eval/extraction/GUIDELINES.md)
 * as ingestable articles, and the schema's invariants as a checker. The demo corpus
 * (test/fixtures/news) is ingested this way, so `lodestone ingest --annotated` stores exactly what
 * a person annotated.
 */

const KINDS: readonly NewsEntityKind[] = ['country', 'person', 'organization', 'commodity', 'location'];
export const SECTORS = ['mining', 'energy', 'aviation', 'rail', 'finance', 'trade', 'defense', 'other'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown, file: string, column: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new DataError({ file, column }, 'must be a list of strings');
  return v as string[];
}

/** Reads one annotation (parsed JSON) for the article text of `file`; shape errors name the file and field. */
export function annotationToArticle(articleText: string, annotation: unknown, file: string): NewsArticle {
  const parsed = parseArticleFile(articleText);
  if (!isObject(annotation)) throw new DataError({ file }, 'annotation must be a JSON object with id, entities and events');
  const id = typeof annotation.id === 'string' ? annotation.id : '';
  if (!Array.isArray(annotation.entities) || !Array.isArray(annotation.events)) {
    throw new DataError({ file }, 'annotation needs "entities" and "events" lists', 'see shared/eval/extraction/GUIDELINES.md for the schema');
  }
  const entities: NewsEntity[] = annotation.entities.map((raw: unknown, i: number) => {
    const where = `entities[${i}]`;
    if (!isObject(raw) || typeof raw.name !== 'string' || typeof raw.canonical !== 'string') {
      throw new DataError({ file, column: where }, 'an entity needs string "name" and "canonical"');
    }
    if (!KINDS.includes(raw.type as NewsEntityKind)) throw new DataError({ file, column: `${where}.type` }, `type must be one of ${KINDS.join(', ')}`);
    return { type: raw.type as NewsEntityKind, name: raw.name, canonical: raw.canonical };
  });
  const events: NewsEvent[] = annotation.events.map((raw: unknown, i: number) => {
    const where = `events[${i}]`;
    if (!isObject(raw)) throw new DataError({ file, column: where }, 'an event must be an object');
    if (!EVENT_TYPES.includes(raw.type as EventType)) throw new DataError({ file, column: `${where}.type` }, `type must be one of ${EVENT_TYPES.join(', ')}`);
    if (typeof raw.evidence !== 'string' || raw.evidence.trim() === '') throw new DataError({ file, column: `${where}.evidence` }, 'evidence must be a sentence of the article');
    let value: NewsEvent['value'] = null;
    if (raw.value !== null && raw.value !== undefined) {
      const v = raw.value;
      if (!isObject(v) || typeof v.amount !== 'number' || !Number.isFinite(v.amount) || typeof v.currency !== 'string') {
        throw new DataError({ file, column: `${where}.value` }, 'value must be {"amount": number, "currency": "USD"} or null');
      }
      value = { amount: v.amount, currency: v.currency };
    }
    const start = parsed.body.indexOf(raw.evidence);
    return {
      type: raw.type as EventType,
      date: checkDate(raw.date, file, `${where}.date`),
      actors: strings(raw.actors ?? [], file, `${where}.actors`),
      location: typeof raw.location === 'string' ? raw.location : null,
      commodities: strings(raw.commodities ?? [], file, `${where}.commodities`),
      sector: typeof raw.sector === 'string' ? raw.sector : null,
      value,
      evidence: raw.evidence,
      evidence_start: start >= 0 ? start : undefined,
      evidence_end: start >= 0 ? start + raw.evidence.length : undefined,
    };
  });
  return { id, header: { url: parsed.url, title: parsed.title, date: parsed.date }, body: parsed.body, entities, events };
}

/**
 * The GUIDELINES invariants, as a list of problems (empty when the article is consistent):
 * evidence is an exact substring of the body, entity names occur verbatim, one entry per entity,
 * event actors/commodities/location are entity canonicals, country canonicals are ISO3 codes
 * (SUN for the Soviet Union), commodity canonicals are lowercase, dates and sectors are valid.
 */
export function annotationProblems(a: NewsArticle): string[] {
  const problems: string[] = [];
  const canon = new Set(a.entities.map((e) => e.canonical));
  const seen = new Set<string>();
  for (const e of a.entities) {
    if (!a.body.includes(e.name)) problems.push(`entity name "${e.name}" does not occur in the body`);
    const key = `${e.type}|${e.canonical}`;
    if (seen.has(key)) problems.push(`entity ${key} is listed twice`);
    seen.add(key);
    if (e.type === 'country' && e.canonical !== 'SUN' && !countryEntry(e.canonical)) problems.push(`country canonical "${e.canonical}" is not an ISO3 code`);
    if (e.type === 'commodity' && e.canonical !== e.canonical.toLowerCase()) problems.push(`commodity canonical "${e.canonical}" is not lowercase`);
  }
  a.events.forEach((ev, i) => {
    const at = `events[${i}] (${ev.type})`;
    if (!a.body.includes(ev.evidence)) problems.push(`${at}: evidence is not an exact substring of the body`);
    for (const x of ev.actors) if (!canon.has(x)) problems.push(`${at}: actor "${x}" is not an entity canonical`);
    for (const x of ev.commodities) if (!canon.has(x)) problems.push(`${at}: commodity "${x}" is not an entity canonical`);
    if (ev.location !== null && !canon.has(ev.location)) problems.push(`${at}: location "${ev.location}" is not an entity canonical`);
    if (ev.date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(ev.date)) problems.push(`${at}: date "${ev.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    if (ev.sector !== null && !(SECTORS as readonly string[]).includes(ev.sector)) problems.push(`${at}: sector "${ev.sector}" is not in the GUIDELINES list`);
    if (ev.value && !(ev.value.amount > 0 && /^[A-Z]{3}$/.test(ev.value.currency))) problems.push(`${at}: value must be a positive amount in units with an ISO 4217 currency`);
    if (ev.actors.length === 0) problems.push(`${at}: no actors`);
  });
  return problems;
}
