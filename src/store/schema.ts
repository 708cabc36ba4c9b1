import type * as R from '../domain/records.js';

/** The typed shape of every table, for Kysely. Rows are the domain records one to one. */
export interface Database {
  meta: { key: string; value: string };
  dataset: R.DatasetRecord;
  import_run: {
    source: string;
    dataset: string;
    vintage: string;
    started_at: string;
    finished_at: string;
    rows_read: number;
    rows_stored: number;
    rows_skipped: number;
    report: string;
  };
  country: R.CountryRecord;
  country_alias: R.CountryAliasRecord;
  country_group: R.CountryGroupRecord;
  group_member: R.GroupMemberRecord;
  commodity: R.CommodityRecord;
  commodity_alias: R.CommodityAliasRecord;
  commodity_hs: R.CommodityHsRecord;
  figure: R.FigureRecord;
  salient: R.SalientRecord;
  import_share: R.ImportShareRecord;
  governance: R.GovernanceRecord;
  trade_flow: R.TradeFlowRecord;
  recycling_rate: R.RecyclingRateRecord;
  facility: R.FacilityRecord;
  facility_source: R.FacilitySourceRecord;
  document: R.DocumentRecord;
  entity: R.EntityRecord;
  entity_alias: R.EntityAliasRecord;
  event: R.EventRecord;
  event_actor: R.EventActorRecord;
  event_commodity: R.EventCommodityRecord;
  evidence: R.EvidenceRecord;
  event_review: R.EventReviewRecord;
  restriction: R.RestrictionRecord;
  restriction_target: R.RestrictionTargetRecord;
  restriction_commodity: R.RestrictionCommodityRecord;
  restriction_status: R.RestrictionStatusRecord;
  restriction_source: R.RestrictionSourceRecord;
}

export type TableName = keyof Database;

/** Tables whose rows are facts of one dataset vintage: re-importing that vintage replaces them. */
export const DATASET_TABLES = [
  'figure',
  'salient',
  'import_share',
  'governance',
  'trade_flow',
  'recycling_rate',
  'facility_source',
] as const satisfies readonly TableName[];

/** Tables filled from the bundled data in `data/`, in load order. */
export const BUNDLED_TABLES: readonly TableName[] = [
  'dataset',
  'country',
  'country_alias',
  'country_group',
  'group_member',
  'commodity',
  'commodity_alias',
  'commodity_hs',
  'figure',
  'salient',
  'import_share',
  'governance',
  'trade_flow',
  'recycling_rate',
  'facility',
  'facility_source',
  'document',
  'entity',
  'entity_alias',
  'event',
  'event_actor',
  'event_commodity',
  'evidence',
  'event_review',
  'restriction',
  'restriction_target',
  'restriction_commodity',
  'restriction_status',
  'restriction_source',
];
