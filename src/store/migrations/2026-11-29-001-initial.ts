import { sql, type Kysely } from 'kysely';

/**
 * The first schema: reference tables, facts (figures, salient statistics, import shares,
 * governance, trade), facilities, and the knowledge base (documents, entities, events, evidence,
 * reviews, restriction measures). Column types are the portable subset of SQLite and PostgreSQL.
 */
type Col = [name: string, type: 'text' | 'integer' | 'double precision', notNull?: boolean];

const T = 'text' as const;
const I = 'integer' as const;
const D = 'double precision' as const;

const TABLES: Record<string, { cols: Col[]; pk?: string[]; indexes?: string[][] }> = {
  meta: { cols: [['key', T, true], ['value', T, true]], pk: ['key'] },
  dataset: {
    cols: [
      ['id', T, true], ['vintage', T, true], ['title', T, true], ['publisher', T, true], ['citation', T, true],
      ['licence', T, true], ['url', T, true], ['completeness', T], ['files', T, true], ['row_count', I, true],
      ['content_hash', T, true], ['imported_at', T, true],
    ],
    pk: ['id', 'vintage'],
  },
  import_run: {
    cols: [
      ['source', T, true], ['dataset', T, true], ['vintage', T, true], ['started_at', T, true], ['finished_at', T, true],
      ['rows_read', I, true], ['rows_stored', I, true], ['rows_skipped', I, true], ['report', T, true],
    ],
  },
  country: {
    cols: [['iso3', T, true], ['iso2', T], ['m49', T], ['name', T, true], ['official_name', T], ['kind', T, true]],
    pk: ['iso3'],
  },
  country_alias: { cols: [['alias_key', T, true], ['alias', T, true], ['iso3', T, true], ['kind', T, true]], indexes: [['alias_key']] },
  country_group: { cols: [['id', T, true], ['name', T, true], ['description', T, true], ['source', T, true]], pk: ['id'] },
  group_member: { cols: [['group_id', T, true], ['iso3', T, true], ['since', T], ['until', T]], indexes: [['group_id'], ['iso3']] },
  commodity: {
    cols: [
      ['id', T, true], ['name', T, true], ['symbol', T], ['basis', T, true], ['usgs_critical_2025', I, true],
      ['eu_critical_2023', I, true], ['eu_strategic_2023', I, true], ['description', T, true],
    ],
    pk: ['id'],
  },
  commodity_alias: { cols: [['alias_key', T, true], ['alias', T, true], ['commodity_id', T, true], ['kind', T, true]], indexes: [['alias_key']] },
  commodity_hs: {
    cols: [['commodity_id', T, true], ['hs_code', T, true], ['stage', T, true], ['description', T, true], ['source', T, true]],
    indexes: [['commodity_id'], ['hs_code']],
  },
  figure: {
    cols: [
      ['dataset', T, true], ['vintage', T, true], ['commodity_id', T, true], ['country_iso3', T], ['place', T, true],
      ['is_aggregate', I, true], ['metric', T, true], ['stage', T, true], ['series', T, true], ['year', I, true],
      ['value', D], ['unit', T, true], ['raw', T, true], ['qualifier', T], ['note', T, true], ['source_row', I, true],
    ],
    indexes: [['commodity_id', 'metric', 'stage', 'year'], ['country_iso3'], ['dataset', 'vintage']],
  },
  salient: {
    cols: [
      ['dataset', T, true], ['vintage', T, true], ['commodity_id', T, true], ['country_iso3', T, true], ['statistic', T, true],
      ['detail', T, true], ['year', I, true], ['value', D], ['unit', T, true], ['raw', T, true], ['qualifier', T],
      ['note', T, true], ['source_row', I, true],
    ],
    indexes: [['commodity_id', 'statistic'], ['dataset', 'vintage']],
  },
  import_share: {
    cols: [
      ['dataset', T, true], ['vintage', T, true], ['commodity_id', T, true], ['importer_iso3', T, true], ['exporter_iso3', T],
      ['place', T, true], ['period', T, true], ['share', D], ['raw', T, true], ['qualifier', T], ['detail', T, true],
      ['source_row', I, true],
    ],
    indexes: [['commodity_id', 'importer_iso3'], ['dataset', 'vintage']],
  },
  governance: {
    cols: [
      ['dataset', T, true], ['vintage', T, true], ['iso3', T, true], ['year', I, true], ['dimension', T, true],
      ['estimate', D], ['percentile_rank', D], ['std_error', D], ['n_sources', I], ['source_row', I, true],
    ],
    indexes: [['iso3', 'dimension', 'year'], ['dataset', 'vintage']],
  },
  trade_flow: {
    cols: [
      ['dataset', T, true], ['vintage', T, true], ['exporter_iso3', T, true], ['importer_iso3', T, true], ['year', I, true],
      ['period', T, true], ['hs_code', T, true], ['value', D], ['currency', T, true], ['quantity', D], ['quantity_unit', T],
      ['reporter', T, true], ['completeness', T, true], ['source_row', I, true],
    ],
    indexes: [['importer_iso3', 'hs_code', 'year'], ['exporter_iso3', 'hs_code', 'year'], ['dataset', 'vintage']],
  },
  recycling_rate: {
    cols: [['dataset', T, true], ['vintage', T, true], ['commodity_id', T, true], ['raw_material', T, true], ['eol_rir', D, true], ['source_row', I, true]],
    indexes: [['commodity_id']],
  },
  facility: {
    cols: [
      ['id', T, true], ['name', T, true], ['country_iso3', T], ['lat', D], ['lon', D], ['coord_precision', T, true],
      ['kind', T, true], ['status', T], ['owner', T], ['commodities', T, true], ['size_note', T],
    ],
    pk: ['id'],
    indexes: [['country_iso3']],
  },
  facility_source: {
    cols: [
      ['facility_id', T, true], ['dataset', T, true], ['vintage', T, true], ['source_key', T, true], ['source_name', T, true],
      ['url', T], ['lat', D], ['lon', D], ['note', T, true],
    ],
    indexes: [['facility_id'], ['dataset', 'vintage']],
  },
  document: {
    cols: [
      ['id', T, true], ['url', T], ['title', T, true], ['publisher', T], ['published_date', T], ['content_hash', T, true],
      ['kind', T, true], ['text', T], ['tags', T, true], ['created_at', T, true],
    ],
    pk: ['id'],
    indexes: [['content_hash']],
  },
  entity: {
    cols: [
      ['id', T, true], ['type', T, true], ['name', T, true], ['country_iso3', T], ['role', T], ['role_start', T],
      ['link_id', T], ['review_state', T, true], ['source', T, true],
    ],
    pk: ['id'],
  },
  entity_alias: { cols: [['entity_id', T, true], ['alias', T, true], ['alias_key', T, true]], indexes: [['alias_key'], ['entity_id']] },
  event: {
    cols: [
      ['id', T, true], ['type', T, true], ['title', T, true], ['date', T], ['date_precision', T], ['location_iso3', T],
      ['sector', T], ['value_amount', D], ['value_currency', T], ['value_usd', D], ['review_state', T, true],
      ['corroboration', I, true], ['dataset', T, true], ['tags', T, true], ['created_at', T, true], ['updated_at', T, true],
    ],
    pk: ['id'],
    indexes: [['date'], ['type']],
  },
  event_actor: {
    cols: [['event_id', T, true], ['position', I, true], ['name', T, true], ['entity_id', T], ['iso3', T], ['role', T, true]],
    indexes: [['event_id'], ['iso3']],
  },
  event_commodity: { cols: [['event_id', T, true], ['commodity_id', T], ['name', T, true]], indexes: [['event_id'], ['commodity_id']] },
  evidence: {
    cols: [['event_id', T, true], ['document_id', T, true], ['sentence', T, true], ['start_offset', I], ['end_offset', I]],
    indexes: [['event_id'], ['document_id']],
  },
  event_review: {
    cols: [['event_id', T, true], ['at', T, true], ['who', T, true], ['action', T, true], ['changes', T, true], ['reason', T]],
    indexes: [['event_id']],
  },
  restriction: {
    cols: [
      ['id', T, true], ['imposer_iso3', T, true], ['kind', T, true], ['title', T, true], ['instrument', T],
      ['applies_to_all', I, true], ['announced', T], ['effective', T], ['suspended_from', T], ['suspended_until', T],
      ['lifted', T], ['notes', T, true], ['dataset', T, true],
    ],
    pk: ['id'],
    indexes: [['imposer_iso3']],
  },
  restriction_target: { cols: [['restriction_id', T, true], ['target_iso3', T, true]], indexes: [['restriction_id']] },
  restriction_commodity: {
    cols: [['restriction_id', T, true], ['commodity_id', T, true], ['hs_code', T]],
    indexes: [['restriction_id'], ['commodity_id']],
  },
  restriction_status: {
    cols: [['restriction_id', T, true], ['date', T, true], ['status', T, true], ['note', T, true], ['source_url', T]],
    indexes: [['restriction_id']],
  },
  restriction_source: {
    cols: [['restriction_id', T, true], ['document_id', T], ['event_id', T], ['url', T]],
    indexes: [['restriction_id']],
  },
};

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, spec] of Object.entries(TABLES)) {
    let builder = db.schema.createTable(name);
    for (const [col, type, notNull] of spec.cols) {
      builder = builder.addColumn(col, sql.raw(type), (c) => (notNull ? c.notNull() : c));
    }
    if (spec.pk) builder = builder.addPrimaryKeyConstraint(`${name}_pk`, spec.pk as never);
    await builder.execute();
    for (const cols of spec.indexes ?? []) {
      await db.schema.createIndex(`${name}_${cols.join('_')}_idx`).on(name).columns(cols).execute();
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of Object.keys(TABLES).reverse()) await db.schema.dropTable(name).ifExists().execute();
}
