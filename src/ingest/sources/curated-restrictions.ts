import { resolveCommodity } from '../../domain/commodities.js';
import { resolveCountry } from '../../domain/countries.js';
import type {
  RestrictionCommodityRecord, RestrictionRecord, RestrictionSourceRecord, RestrictionStatus, RestrictionStatusRecord, RestrictionTargetRecord,
} from '../../domain/records.js';
import { dayOf, restrictionStatusOn, statusChanges } from '../../domain/restrictions.js';
import { warn, type ImportReport } from '../report.js';
import { CuratedDocuments } from './curated-documents.js';
import type { CuratedEvent } from './curated-events.js';
import type { RestrictionDetail } from './restriction-details.js';

/**
 * Restriction measures from the curated ledger: every export_restriction event of events.csv
 * feeds a measure of the supplement (restriction-details.ts), which adds the structure the
 * curated rows lack. An export_restriction event no measure cites, or a measure citing an event
 * that is not in events.csv, is warned, so next year's ledger shows what still needs a measure.
 */
export const RESTRICTIONS_DATASET = 'curated-restrictions';
export const SUPPLEMENT_FILE = 'src/ingest/sources/restriction-details.ts';

export interface RestrictionTables {
  restriction: RestrictionRecord[];
  restriction_target: RestrictionTargetRecord[];
  restriction_commodity: RestrictionCommodityRecord[];
  restriction_status: RestrictionStatusRecord[];
  restriction_source: RestrictionSourceRecord[];
}

const DEFAULT_NOTES: Record<RestrictionStatus, string> = {
  announced: 'Announced',
  in_force: 'In force',
  suspended: 'Suspended',
  lifted: 'Lifted, or its term ended',
};

function statusRows(d: RestrictionDetail): RestrictionStatusRecord[] {
  const fallbackUrl = d.citations[0]?.url ?? null;
  const rows: RestrictionStatusRecord[] = [];
  let suspendedBefore = false;
  for (const change of statusChanges(d)) {
    const noted = d.history.find((h) => dayOf(h.date) === change.date);
    let note = noted?.note ?? DEFAULT_NOTES[change.status];
    if (!noted && d.instrument && rows.length === 0) note = `${change.status === 'announced' ? 'Announced' : 'In force from publication'}: ${d.instrument}`;
    if (!noted && change.status === 'in_force' && suspendedBefore) note = 'Suspension ends; applies again unless extended';
    suspendedBefore ||= change.status === 'suspended';
    rows.push({ restriction_id: d.id, date: change.date, status: change.status, note, source_url: noted?.url ?? fallbackUrl });
  }
  for (const h of d.history) {
    const day = dayOf(h.date);
    if (rows.some((r) => r.date === day)) continue;
    const status = restrictionStatusOn(d, day);
    if (status) rows.push({ restriction_id: d.id, date: day, status, note: h.note, source_url: h.url ?? fallbackUrl });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

function commodityRows(d: RestrictionDetail, report: ImportReport): RestrictionCommodityRecord[] {
  const rows: RestrictionCommodityRecord[] = [];
  for (const c of d.commodities) {
    const id = resolveCommodity(c.name);
    if (!id) {
      warn(report, { file: SUPPLEMENT_FILE, column: 'commodities' }, `measure ${d.id}: commodity "${c.name}" is not in the commodity table (left out)`);
      continue;
    }
    const codes = c.hs.length > 0 ? c.hs : [null];
    for (const hs of codes) if (!rows.some((r) => r.commodity_id === id && r.hs_code === hs)) rows.push({ restriction_id: d.id, commodity_id: id, hs_code: hs });
  }
  return rows;
}

export function buildRestrictions(
  details: readonly RestrictionDetail[],
  events: ReadonlyMap<string, CuratedEvent>,
  docs: CuratedDocuments,
  report: ImportReport,
): RestrictionTables {
  const out: RestrictionTables = { restriction: [], restriction_target: [], restriction_commodity: [], restriction_status: [], restriction_source: [] };
  const cited = new Set<string>();
  for (const d of details) {
    const imposer = resolveCountry(d.imposer);
    if (!imposer) {
      warn(report, { file: SUPPLEMENT_FILE, column: 'imposer' }, `measure ${d.id}: unknown imposer "${d.imposer}" (measure left out)`);
      continue;
    }
    out.restriction.push({
      id: d.id,
      imposer_iso3: imposer,
      kind: d.kind,
      title: d.title,
      instrument: d.instrument,
      applies_to_all: d.targets.length === 0 ? 1 : 0,
      announced: d.announced,
      effective: d.effective,
      suspended_from: d.suspended_from,
      suspended_until: d.suspended_until,
      lifted: d.lifted,
      notes: d.notes,
      dataset: RESTRICTIONS_DATASET,
    });
    for (const t of d.targets) {
      const iso3 = resolveCountry(t);
      if (iso3) out.restriction_target.push({ restriction_id: d.id, target_iso3: iso3 });
      else warn(report, { file: SUPPLEMENT_FILE, column: 'targets' }, `measure ${d.id}: unknown target "${t}"`);
    }
    out.restriction_commodity.push(...commodityRows(d, report));
    out.restriction_status.push(...statusRows(d));
    const urls = new Set<string>();
    for (const eventId of d.events) {
      const ev = events.get(eventId);
      if (!ev) {
        warn(report, { file: SUPPLEMENT_FILE, column: 'events' }, `measure ${d.id} cites event ${eventId}, which is not in events.csv`);
        continue;
      }
      cited.add(eventId);
      const url = ev.sourceUrl;
      if (url) urls.add(url);
      out.restriction_source.push({ restriction_id: d.id, document_id: url ? CuratedDocuments.idFor(url) : null, event_id: eventId, url });
    }
    for (const c of d.citations) {
      if (urls.has(c.url)) continue;
      urls.add(c.url);
      out.restriction_source.push({ restriction_id: d.id, document_id: docs.cite(c.url, c.label, null, RESTRICTIONS_DATASET), event_id: null, url: c.url });
    }
  }
  for (const ev of events.values()) {
    if (ev.type === 'export_restriction' && !cited.has(ev.id)) {
      warn(report, { file: 'events.csv', row: ev.line, column: 'type' }, `export_restriction event ${ev.id} has no structured measure yet (add it to ${SUPPLEMENT_FILE})`);
    }
  }
  return out;
}
