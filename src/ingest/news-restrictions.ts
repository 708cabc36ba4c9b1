import type { RestrictionKind, RestrictionStatus } from '../domain/records.js';
import { findRestrictions, type RestrictionWithParts } from '../store/queries/restrictions.js';
import {
  eventsSharingEvidence, insertRestriction, insertRestrictionSource, insertRestrictionStatus, restrictionExists, restrictionSourceExists,
  updateRestrictionDates, type Exec, type StoredEvent,
} from '../store/queries/news-writes.js';
import { datesCompatible } from './news-merge.js';
import { slug } from './news-text.js';

/**
 * Export-restriction events update the restriction measures (issue 4). An event is read as an
 * imposition/tightening, a suspension or a lifting from its evidence sentence; it is matched to
 * the measures of the same imposing state that cover one of its commodities and the same targets
 * (or every destination when it names none):
 * - an imposition matches measures announced on a compatible date;
 * - a suspension or lifting matches the most recently announced such measures before it.
 * Every match gets a restriction_source link to the event and its document. Once the event is
 * accepted, a suspension or lifting also adds a status row (and fills suspended_from / lifted),
 * and an imposition no measure matches creates a new measure (dataset 'news') from what the
 * event says: imposer, targets, commodities, date, and the evidence as notes.
 */
export type RestrictionChange = 'announced' | 'suspended' | 'lifted';

export function restrictionChange(evidence: string): RestrictionChange {
  if (/\bsuspend/i.test(evidence)) return 'suspended';
  if (/\b(lift(s|ed)?|abolish(es|ed)?|scrapped|remov(e|es|ed)|eas(e|es|ed)|revok(e|es|ed))\b/i.test(evidence)) return 'lifted';
  return 'announced';
}

export function restrictionKind(evidence: string): RestrictionKind {
  if (/\btechnolog/i.test(evidence)) return 'technology_ban';
  if (/\b(duty|duties|tax)\b/i.test(evidence)) return 'tax';
  if (/\bquota/i.test(evidence)) return 'quota';
  if (/\b(ban|bans|banned|prohibit)/i.test(evidence)) return 'ban';
  return 'licensing';
}

export interface RestrictionUpdate {
  linked: string[];
  created: string | null;
  statusAdded: string[];
  warning: string | null;
}

async function laterEventOnSameEvidence(db: Exec, event: StoredEvent['event'], ev: StoredEvent['evidence'][number]): Promise<boolean> {
  if (!event.date) return false;
  const others = await eventsSharingEvidence(db, ev.document_id, ev.sentence, event.type);
  return others.some((o) => o.id !== event.id && o.date !== null && o.date.slice(0, event.date?.length) > (event.date as string));
}

function parts(e: StoredEvent): { imposer: string | null; targets: string[]; commodities: string[] } {
  const isos = e.actors.map((a) => a.iso3);
  const imposer = isos[0] ?? null;
  const targets = [...new Set(isos.slice(1).filter((x): x is string => x !== null && x !== imposer))];
  const commodities = [...new Set(e.commodities.map((c) => c.commodity_id).filter((c): c is string => c !== null))];
  return { imposer, targets, commodities };
}

/** The measures an export-restriction event speaks about (see the module comment). */
export function matchRestrictions(e: StoredEvent, measures: readonly RestrictionWithParts[], change: RestrictionChange): RestrictionWithParts[] {
  const { imposer, targets, commodities } = parts(e);
  if (!imposer) return [];
  const date = e.event.date;
  const candidates = measures.filter((m) => {
    if (m.imposer_iso3 !== imposer) return false;
    if (targets.length ? !m.targets.some((t) => targets.includes(t)) : m.applies_to_all !== 1) return false;
    if (change === 'announced') return m.announced !== null && date !== null && datesCompatible(m.announced, date);
    return date === null || m.announced === null || m.announced.slice(0, date.length) <= date;
  });
  // Measures on the event's commodities first; a measure without listed commodities (all
  // dual-use items to one country) only when none does, and only for a named target.
  const byCommodity = candidates.filter((m) => m.commodities.some((c) => commodities.includes(c.commodity_id)));
  const fits = byCommodity.length ? byCommodity : candidates.filter((m) => m.commodities.length === 0 && targets.length > 0);
  if (change === 'announced') return fits;
  const latest = fits.reduce<string | null>((acc, m) => (m.announced && (!acc || m.announced > acc) ? m.announced : acc), null);
  return fits.filter((m) => m.announced === latest);
}

/**
 * Links the event to its measures and, when `accepted`, applies the status change or creates the
 * measure. Idempotent: links and status rows are added once.
 */
export async function applyRestrictionEvent(
  db: Exec,
  e: StoredEvent,
  accepted: boolean,
  documentUrl: (documentId: string) => string | null,
): Promise<RestrictionUpdate> {
  const out: RestrictionUpdate = { linked: [], created: null, statusAdded: [], warning: null };
  if (e.event.type !== 'export_restriction') return out;
  const { imposer, targets, commodities } = parts(e);
  if (!imposer) return { ...out, warning: `event ${e.event.id}: the imposing party is not a country, so no restriction measure is updated` };
  const sentence = e.evidence[0]?.sentence ?? e.event.title;
  // One sentence may report a change and the earlier measure it changes ("suspended a ban … that
  // it had imposed in December 2024"): the earlier-dated event of that sentence is the imposition.
  const background = e.evidence[0] ? await laterEventOnSameEvidence(db, e.event, e.evidence[0]) : false;
  const change = background ? 'announced' : restrictionChange(sentence);
  const matches = matchRestrictions(e, await findRestrictions(db, { imposer }), change);
  const link = async (restrictionId: string): Promise<void> => {
    if (await restrictionSourceExists(db, restrictionId, e.event.id)) return;
    const ev = e.evidence[0];
    await insertRestrictionSource(db, { restriction_id: restrictionId, document_id: ev?.document_id ?? null, event_id: e.event.id, url: ev ? documentUrl(ev.document_id) : null });
    out.linked.push(restrictionId);
  };
  for (const m of matches) await link(m.id);
  if (!accepted) return out;
  const date = e.event.date;
  if (change !== 'announced') {
    if (matches.length === 0) return { ...out, warning: `event ${e.event.id}: no ${imposer} measure on ${commodities.join(', ') || 'its commodities'} to mark ${change}` };
    if (!date) return out;
    const url = e.evidence[0] ? documentUrl(e.evidence[0].document_id) : null;
    for (const m of matches) {
      const status: RestrictionStatus = change;
      if (await insertRestrictionStatus(db, { restriction_id: m.id, date, status, note: `${change} (news): ${sentence}`.slice(0, 500), source_url: url })) out.statusAdded.push(m.id);
      if (change === 'suspended' && !m.suspended_from) await updateRestrictionDates(db, m.id, { suspended_from: date });
      if (change === 'lifted' && !m.lifted) await updateRestrictionDates(db, m.id, { lifted: date });
    }
    return out;
  }
  if (matches.length > 0 || commodities.length === 0) return out;
  const id = `rst-news-${imposer.toLowerCase()}-${(date ?? 'undated').replace(/-/g, '')}-${slug(commodities.join(' '), 40)}`;
  if (!(await restrictionExists(db, id))) {
    await insertRestriction(
      db,
      {
        id,
        imposer_iso3: imposer,
        kind: restrictionKind(sentence),
        title: `Export restriction by ${imposer} on ${commodities.join(', ')}${targets.length ? ` to ${targets.join(', ')}` : ''} (from news)`,
        instrument: /\bNo\.\s?\d+/.exec(sentence)?.[0] ?? null,
        applies_to_all: targets.length ? 0 : 1,
        announced: date,
        effective: null,
        suspended_from: null,
        suspended_until: null,
        lifted: null,
        notes: sentence,
        dataset: 'news',
      },
      targets,
      commodities.map((c) => ({ restriction_id: id, commodity_id: c, hs_code: null })),
    );
    if (date) await insertRestrictionStatus(db, { restriction_id: id, date, status: 'announced', note: `announced (news): ${sentence}`.slice(0, 500), source_url: e.evidence[0] ? documentUrl(e.evidence[0].document_id) : null });
    out.created = id;
  }
  await link(id);
  return out;
}
