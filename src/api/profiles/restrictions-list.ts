import type { Kysely } from 'kysely';
import { commodityEntry } from '../../domain/commodities.js';
import { countryName } from '../../domain/countries.js';
import { restrictionStatusOn } from '../../domain/restrictions.js';
import { findRestrictions } from '../../store/queries/restrictions.js';
import type { Database } from '../../store/schema.js';

export interface RestrictionQuery {
  on: string; // YYYY-MM-DD
  imposer?: string;
  commodityId?: string;
  /** Measures imposed by or targeting this country (a target list naming it, or all destinations). */
  involving?: string;
}

/** Restriction measures with their status on a date (`lodestone restrictions`, `GET /api/restrictions`). */
export async function restrictionsList(db: Kysely<Database>, q: RestrictionQuery) {
  const rows = await findRestrictions(db, { imposer: q.imposer, commodityId: q.commodityId });
  return rows
    .filter((r) => !q.involving || r.imposer_iso3 === q.involving || r.targets.includes(q.involving) || r.applies_to_all === 1)
    .map((r) => ({ r, status: restrictionStatusOn(r, q.on) }))
    // A measure not yet announced on the date did not exist then.
    .filter((x): x is { r: (typeof rows)[number]; status: NonNullable<typeof x.status> } => x.status !== null)
    .map(({ r, status }) => ({
      id: r.id,
      title: r.title,
      imposer: r.imposer_iso3,
      imposer_name: countryName(r.imposer_iso3),
      kind: r.kind,
      instrument: r.instrument,
      status,
      on: q.on,
      applies_to_all: r.applies_to_all === 1,
      targets: r.targets,
      commodities: [...new Set(r.commodities.map((c) => c.commodity_id))].map((id) => ({
        id,
        name: commodityEntry(id)?.name ?? id,
        hs_codes: r.commodities.filter((c) => c.commodity_id === id && c.hs_code).map((c) => c.hs_code as string),
      })),
      announced: r.announced,
      effective: r.effective,
      suspended_from: r.suspended_from,
      suspended_until: r.suspended_until,
      lifted: r.lifted,
      notes: r.notes,
      history: r.history.map((h) => ({ date: h.date, status: h.status, note: h.note, source_url: h.source_url })),
      sources: [...new Set(r.sources.map((s) => s.url ?? s.document_url).filter((u): u is string => Boolean(u)))],
      dataset: r.dataset,
    }));
}

export type RestrictionItem = Awaited<ReturnType<typeof restrictionsList>>[number];
