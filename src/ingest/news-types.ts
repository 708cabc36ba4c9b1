import type { DatePrecision, EventType } from '../domain/records.js';

/**
 * What the news ingest needs of one extracted article. It is the subset of the extractor's
 * `Extraction` (src/extraction/types.ts) that the knowledge base keeps, declared here so that
 * ingest depends on domain and store only (docs/architecture.md); an `Extraction` is assignable
 * to it, and so is a GUIDELINES annotation read by `annotationToArticle`.
 */
export type NewsEntityKind = 'country' | 'person' | 'organization' | 'commodity' | 'location';

export interface NewsEntity {
  type: NewsEntityKind;
  /** Surface form as written. */
  name: string;
  /** ISO3 for countries; lowercase commodity name; full name for people, organisations and places. */
  canonical: string;
  /** The knowledge-base id the extractor resolved it to, where it did. */
  resolved_id?: string | null;
}

export interface NewsEvent {
  type: EventType;
  /** YYYY-MM-DD, YYYY-MM or YYYY, or null. */
  date: string | null;
  date_precision?: DatePrecision | null;
  /** Canonical names / ISO3 codes, each among the entities' canonicals. */
  actors: string[];
  location: string | null;
  commodities: string[];
  sector: string | null;
  value: { amount: number; currency: string; usd?: number | null } | null;
  /** The exact sentence of the body that reports the event. */
  evidence: string;
  evidence_start?: number;
  evidence_end?: number;
}

export interface NewsArticle {
  id: string;
  header: { url: string | null; title: string | null; date: string | null };
  /** The article body after the header (what evidence offsets index). */
  body: string;
  entities: NewsEntity[];
  events: NewsEvent[];
}
