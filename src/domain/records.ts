/**
 * The normalised records Lodestone keeps. One interface per stored table; the importers produce
 * them, the store persists them (the same shapes on SQLite and PostgreSQL), the bundled tables in
 * `data/` are these rows as CSV. Every fact carries its dataset, vintage, unit and source row.
 * Booleans are stored as 0/1 integers so both databases read them alike.
 */

/** mine = mine production (ore/concentrate, content basis); refinery = refinery/smelter/plant output. */
export type Stage = 'mine' | 'refinery';
export const STAGES: readonly Stage[] = ['mine', 'refinery'];

/** What a production-side figure measures. */
export type Metric = 'production' | 'reserves' | 'capacity';

/**
 * What a raw token says about its number (USGS MCS footnote conventions):
 * withheld (W, proprietary), not_available (NA), estimated (E or "Estimated."), greater_than (>x),
 * less_than (<x), zero (— or "-", nil), net_exporter (E in net-import-reliance rows),
 * small (s, "less than ½ unit", "Small"), not_applicable (XX, e.g. a world total that cannot be
 * calculated), range (a published span "50–300"; no single number), qualitative (a word such as
 * "Large" or "Variable…" where a number would be).
 */
export type Qualifier =
  | 'withheld'
  | 'not_available'
  | 'estimated'
  | 'greater_than'
  | 'less_than'
  | 'zero'
  | 'net_exporter'
  | 'revised'
  | 'small'
  | 'not_applicable'
  | 'range'
  | 'qualitative';

/** How much of the world a trade dataset covers, so a share is never computed over an excerpt silently. */
export type Completeness =
  | 'complete' // every partner of every reporter (BACI complete, de-duplicated Comtrade)
  | 'top-partners' // pruned to the largest partners (BACI top-6)
  | 'reporter-complete' // every partner of the listed importers (Comext EU27, Japan)
  | 'partner-excerpt' // a fixed list of partners (USITC 18 partners, China + World)
  | 'shares-only'; // percentages, no values (MCS import sources)

export interface DatasetRecord {
  id: string; // 'usgs-mcs'
  vintage: string; // '2026'
  title: string;
  publisher: string;
  citation: string;
  licence: string;
  url: string;
  completeness: Completeness | null;
  files: string; // source files, ';' separated, relative to data/raw
  row_count: number;
  content_hash: string;
  imported_at: string; // ISO timestamp
}

export interface CountryRecord {
  iso3: string;
  iso2: string | null;
  m49: string | null;
  name: string;
  official_name: string | null;
  kind: 'country' | 'territory' | 'historic' | 'aggregate';
}

export interface CountryAliasRecord {
  alias_key: string; // normalizeName(alias)
  alias: string;
  iso3: string;
  kind: string; // name | official | demonym | capital | cyrillic | translit | dataset | code
}

export interface CountryGroupRecord {
  id: string; // 'C5'
  name: string;
  description: string;
  source: string;
}

export interface GroupMemberRecord {
  group_id: string;
  iso3: string;
  since: string | null; // ISO date the membership began, if known
  until: string | null; // ISO date it ended (e.g. GBR left the EU on 2020-01-31)
}

export interface CommodityRecord {
  id: string; // canonical id, kebab-case: 'tungsten', 'rare-earths'
  name: string;
  symbol: string | null;
  basis: string; // measure basis: 'metal content', 'oxide (REO)', 'gross weight'…
  usgs_critical_2025: number; // 0/1
  eu_critical_2023: number; // 0/1, Regulation (EU) 2024/1252 Annex II
  eu_strategic_2023: number; // 0/1, Regulation (EU) 2024/1252 Annex I
  description: string;
}

export interface CommodityAliasRecord {
  alias_key: string;
  alias: string;
  commodity_id: string;
  kind: string; // name | symbol | alias | dataset
}

export interface CommodityHsRecord {
  commodity_id: string;
  hs_code: string; // 4 or 6 digits
  stage: 'ore' | 'refined';
  description: string;
  source: string; // 'reference' or a dataset id
}

/** A production, reserves or capacity figure for one country (or an aggregate) and year. */
export interface FigureRecord {
  dataset: string;
  vintage: string;
  commodity_id: string;
  country_iso3: string | null; // null for aggregates
  place: string; // the name as the source gives it
  is_aggregate: number; // 1 for "World total", "Other countries"
  metric: Metric;
  stage: Stage;
  series: string; // the source's own label, e.g. "Mine production: tungsten content"
  year: number;
  value: number | null;
  unit: string;
  raw: string; // the token as published: "67,000", "W", ">50", "NA"
  qualifier: Qualifier | null;
  note: string;
  source_row: number;
}

/** A US salient statistic (imports, exports, consumption, price, net import reliance…). */
export interface SalientRecord {
  dataset: string;
  vintage: string;
  commodity_id: string;
  country_iso3: string; // 'USA'
  statistic: string; // 'Net import reliance', 'Import', 'Price'…
  detail: string;
  year: number;
  value: number | null;
  unit: string;
  raw: string;
  qualifier: Qualifier | null;
  note: string;
  source_row: number;
}

/** A partner's share of an importer's imports as published (MCS "Import sources 2021–24"). */
export interface ImportShareRecord {
  dataset: string;
  vintage: string;
  commodity_id: string;
  importer_iso3: string;
  exporter_iso3: string | null; // null for "Other"
  place: string;
  period: string; // '2021-2024'
  share: number | null; // 0–1
  raw: string;
  qualifier: Qualifier | null;
  detail: string;
  source_row: number;
}

export type GovernanceDimension = 'VA' | 'PV' | 'GE' | 'RQ' | 'RL' | 'CC';

export interface GovernanceRecord {
  dataset: string;
  vintage: string;
  iso3: string;
  year: number;
  dimension: GovernanceDimension;
  estimate: number | null; // about −2.5 … 2.5
  percentile_rank: number | null; // 0–100
  std_error: number | null;
  n_sources: number | null;
  source_row: number;
}

export interface TradeFlowRecord {
  dataset: string;
  vintage: string;
  exporter_iso3: string; // 'WLD' for a World partner row
  importer_iso3: string;
  year: number;
  period: string; // '2024', '2024-03', '2026-01/2026-04'
  hs_code: string;
  value: number | null;
  currency: string; // 'USD', 'EUR'
  quantity: number | null;
  quantity_unit: string | null; // 't', 'kg'
  reporter: 'importer' | 'exporter' | 'reconciled';
  completeness: Completeness;
  source_row: number;
}

export interface RecyclingRateRecord {
  dataset: string;
  vintage: string;
  commodity_id: string;
  raw_material: string;
  eol_rir: number; // end-of-life recycling input rate, 0–1
  source_row: number;
}

export interface FacilityRecord {
  id: string;
  name: string;
  country_iso3: string | null;
  lat: number | null;
  lon: number | null;
  coord_precision: 'exact' | 'approx' | 'none';
  kind: string; // mine | smelter | refinery | plant | deposit | project
  status: string | null; // producing | development | exploration | undeveloped | closed
  owner: string | null;
  commodities: string; // ';' separated canonical ids
  size_note: string | null;
}

export interface FacilitySourceRecord {
  facility_id: string;
  dataset: string;
  vintage: string;
  source_key: string; // id in that dataset (ICMM id, porphyry name, curated id)
  source_name: string;
  url: string | null;
  lat: number | null;
  lon: number | null;
  note: string;
}

export interface DocumentRecord {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  published_date: string | null; // YYYY, YYYY-MM or YYYY-MM-DD
  content_hash: string;
  kind: 'curated' | 'article' | 'official';
  text: string | null;
  tags: string; // ';' separated
  created_at: string;
}

export type EntityType = 'person' | 'organization' | 'country' | 'group' | 'facility' | 'commodity';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  country_iso3: string | null;
  role: string | null;
  role_start: string | null;
  link_id: string | null; // country iso3, commodity id or facility id where one exists
  review_state: ReviewState;
  source: string;
}

export interface EntityAliasRecord {
  entity_id: string;
  alias: string;
  alias_key: string;
}

/** The ten event types of shared/eval/extraction/GUIDELINES.md. */
export const EVENT_TYPES = [
  'summit',
  'meeting',
  'visit',
  'agreement',
  'deal',
  'investment',
  'export_restriction',
  'sanction',
  'legislation',
  'statement',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type DatePrecision = 'day' | 'month' | 'year';
export type ReviewState = 'pending' | 'accepted' | 'rejected';

export interface EventRecord {
  id: string;
  type: EventType;
  title: string;
  date: string | null; // YYYY, YYYY-MM or YYYY-MM-DD
  date_precision: DatePrecision | null;
  location_iso3: string | null;
  sector: string | null;
  value_amount: number | null;
  value_currency: string | null;
  value_usd: number | null;
  review_state: ReviewState;
  corroboration: number; // independent documents reporting it
  dataset: string; // 'curated-events' or 'news'
  tags: string;
  created_at: string;
  updated_at: string;
}

export interface EventActorRecord {
  event_id: string;
  position: number;
  name: string; // canonical name as the GUIDELINES vocabulary gives it
  entity_id: string | null;
  iso3: string | null;
  role: string; // actor | counterpart
}

export interface EventCommodityRecord {
  event_id: string;
  commodity_id: string | null;
  name: string;
}

export interface EvidenceRecord {
  event_id: string;
  document_id: string;
  sentence: string;
  start_offset: number | null;
  end_offset: number | null;
}

export interface EventReviewRecord {
  event_id: string;
  at: string;
  who: string;
  action: 'accept' | 'reject' | 'edit' | 'create';
  changes: string; // JSON
  reason: string | null;
}

export type RestrictionKind = 'licensing' | 'ban' | 'quota' | 'tax' | 'technology_ban';
export type RestrictionStatus = 'announced' | 'in_force' | 'suspended' | 'lifted';

export interface RestrictionRecord {
  id: string;
  imposer_iso3: string;
  kind: RestrictionKind;
  title: string;
  instrument: string | null; // e.g. 'MOFCOM Announcement 2024 No. 46'
  applies_to_all: number; // 1 = every destination; else see restriction_target
  announced: string | null;
  effective: string | null;
  suspended_from: string | null;
  suspended_until: string | null;
  lifted: string | null;
  notes: string;
  dataset: string;
}

export interface RestrictionTargetRecord {
  restriction_id: string;
  target_iso3: string;
}

export interface RestrictionCommodityRecord {
  restriction_id: string;
  commodity_id: string;
  hs_code: string | null;
}

export interface RestrictionStatusRecord {
  restriction_id: string;
  date: string;
  status: RestrictionStatus;
  note: string;
  source_url: string | null;
}

export interface RestrictionSourceRecord {
  restriction_id: string;
  document_id: string | null;
  event_id: string | null;
  url: string | null;
}
