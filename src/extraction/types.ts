import type { DatePrecision, EventType } from '../domain/records.js';

/**
 * What the extractor emits for one article. The `eval` format is exactly the schema of
 * shared/eval/extraction/GUIDELINES.md (what score.mjs reads); the `full` format adds offsets,
 * confidences, resolved ids and USD values to the same items.
 */
export type EntityKind = 'country' | 'person' | 'organization' | 'commodity' | 'location';

export interface ExtractedEntity {
  type: EntityKind;
  /** Surface form exactly as written in the text. */
  name: string;
  /** ISO3 for countries; lowercase commodity name; full name for people, organisations and places. */
  canonical: string;
  /** Character offsets of the first mention in the article body (full format). */
  start: number;
  end: number;
  confidence: number;
  /** Resolved knowledge-base id where one exists: ISO3, commodity id, entity id, facility id. */
  resolved_id: string | null;
}

export interface ExtractedValue {
  amount: number;
  currency: string;
  /** "up to", "over", "about"… as written, or null. */
  qualifier: string | null;
  /** The amount in US dollars at the annual average rate of the article's year (full format). */
  usd: number | null;
}

export interface ExtractedEvent {
  type: EventType;
  /** YYYY-MM-DD, YYYY-MM or YYYY: exactly the precision the text determines; null if none. */
  date: string | null;
  date_precision: DatePrecision | null;
  /** Canonical names / ISO3 codes, each also among the entities' canonicals. */
  actors: string[];
  location: string | null;
  commodities: string[];
  sector: string | null;
  value: ExtractedValue | null;
  /** The exact sentence of the article body that reports the event. */
  evidence: string;
  evidence_start: number;
  evidence_end: number;
  confidence: number;
}

export interface ArticleHeader {
  url: string | null;
  title: string | null;
  /** Publication date YYYY-MM-DD (anchors relative dates such as "last month"). */
  date: string | null;
}

export interface Extraction {
  id: string;
  header: ArticleHeader;
  /** The article body (after the header), which all offsets index. */
  body: string;
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
}

/** The GUIDELINES/score.mjs shape of one article. */
export interface EvalExtraction {
  id: string;
  entities: { type: EntityKind; name: string; canonical: string }[];
  events: {
    type: EventType;
    date: string | null;
    actors: string[];
    location: string | null;
    commodities: string[];
    sector: string | null;
    value: { amount: number; currency: string } | null;
    evidence: string;
  }[];
}

/** Drops the full-format extras, keeping exactly the GUIDELINES fields. */
export function toEval(x: Extraction): EvalExtraction {
  return {
    id: x.id,
    entities: x.entities.map((e) => ({ type: e.type, name: e.name, canonical: e.canonical })),
    events: x.events.map((e) => ({
      type: e.type,
      date: e.date,
      actors: e.actors,
      location: e.location,
      commodities: e.commodities,
      sector: e.sector,
      value: e.value ? { amount: e.value.amount, currency: e.value.currency } : null,
      evidence: e.evidence,
    })),
  };
}
