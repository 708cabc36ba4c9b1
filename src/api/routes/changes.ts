import { z } from 'zod';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { findEvents, type EventWithParts } from '../../store/queries/events.js';
import { eventReviews } from '../../store/queries/news-writes.js';
import { allDatasets } from '../../store/queries/reference.js';
import { iso3List, pagination, route } from '../route.js';
import { eventSources } from './events.js';

/** A date or an ISO 8601 UTC timestamp; compared with the stored ISO timestamps as text. */
const sinceParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/, 'must be YYYY-MM-DD or an ISO timestamp such as 2026-11-01T00:00:00Z')
  .refine((v) => !Number.isNaN(Date.parse(v.endsWith('Z') || v.length === 10 ? v : `${v}Z`)), 'must be a real date')
  .transform((v) => new Date(v.endsWith('Z') || v.length === 10 ? v : `${v}Z`).toISOString());

export interface Change {
  kind: 'event_created' | 'event_updated' | 'review' | 'dataset_imported';
  at: string;
  id: string;
  title: string;
  detail: string;
  event?: { id: string; type: string; date: string | null; review_state: string; sources: ReturnType<typeof eventSources> };
  link: string | null;
}

function watched(e: EventWithParts, countries: Set<string>, commodities: Set<string>): boolean {
  if (countries.size === 0 && commodities.size === 0) return true;
  return (
    e.actors.some((a) => a.iso3 !== null && countries.has(a.iso3)) ||
    (e.location_iso3 !== null && countries.has(e.location_iso3)) ||
    e.commodities.some((c) => c.commodity_id !== null && commodities.has(c.commodity_id))
  );
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom 1.0 feed (RFC 4287) of the changes; every text is escaped, none is markup. */
export function atomFeed(changes: readonly Change[], selfUrl: string, updated: string): string {
  const entries = changes.map((ch) =>
    [
      '  <entry>',
      `    <id>urn:lodestone:${xml(ch.kind)}:${xml(ch.id)}:${xml(ch.at)}</id>`,
      `    <title>${xml(ch.title)}</title>`,
      `    <updated>${xml(ch.at)}</updated>`,
      `    <category term="${xml(ch.kind)}"/>`,
      ch.link ? `    <link href="${xml(ch.link)}"/>` : '',
      `    <summary type="text">${xml(ch.detail)}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:lodestone:changes:${xml(new URL(selfUrl).search)}</id>`,
    '  <title>Lodestone: new and changed</title>',
    `  <updated>${xml(updated)}</updated>`,
    `  <link rel="self" href="${xml(selfUrl)}"/>`,
    '  <author><name>Lodestone</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export const changeRoutes = [
  route({
    method: 'get',
    path: '/api/changes',
    tag: 'events',
    summary: 'What is new or changed since a time: events created or updated, review actions, imported datasets; JSON or an Atom feed',
    description:
      '`since` is a date or ISO timestamp (default: 30 days before now). A watchlist `countries=KAZ,UZB` and/or `commodities=tungsten` keeps the events (and their reviews) involving any watched country (actor or location) or commodity; dataset imports are always listed. `format=atom` gives an Atom feed for feed readers. Newest first; `limit` at most 1000.',
    cached: true,
    alternates: ['application/atom+xml'],
    query: z
      .object({
        since: sinceParam.optional(),
        countries: iso3List.optional(),
        commodities: iso3List.optional(),
        format: z.enum(['json', 'atom']).default('json'),
        ...pagination(100, 1000),
      })
      .strict(),
    handle: async ({ query, deps, c }) => {
      const since = query.since ?? new Date(deps.now().getTime() - 30 * 86_400_000).toISOString();
      const countries = new Set((query.countries ?? []).map(findCountry));
      const commodities = new Set((query.commodities ?? []).map(findCommodity));
      const events = (await findEvents(deps.store.db, {})).filter((e) => watched(e, countries, commodities));
      const byId = new Map(events.map((e) => [e.id, e]));
      const eventLink = (e: EventWithParts) => eventSources(e).find((s) => s.url)?.url ?? null;
      const summary = (e: EventWithParts) => ({ id: e.id, type: e.type, date: e.date, review_state: e.review_state, sources: eventSources(e) });
      const changes: Change[] = [];
      for (const e of events) {
        if (e.created_at > since) changes.push({ kind: 'event_created', at: e.created_at, id: e.id, title: e.title, detail: `${e.type} ${e.date ?? 'undated'}, ${e.review_state} (${e.dataset})`, event: summary(e), link: eventLink(e) });
        if (e.updated_at > since && e.updated_at !== e.created_at) changes.push({ kind: 'event_updated', at: e.updated_at, id: e.id, title: e.title, detail: `${e.type} ${e.date ?? 'undated'}, now ${e.review_state}`, event: summary(e), link: eventLink(e) });
      }
      const ids = [...byId.keys()];
      const reviews = [];
      for (let i = 0; i < ids.length; i += 500) reviews.push(...(await eventReviews(deps.store.db, ids.slice(i, i + 500))));
      for (const r of reviews) {
        const e = byId.get(r.event_id);
        if (!e || r.at <= since || r.action === 'create') continue;
        changes.push({ kind: 'review', at: r.at, id: r.event_id, title: `${r.action}: ${e.title}`, detail: `${r.action} by ${r.who}${r.reason ? ` — ${r.reason}` : ''}; changes ${r.changes}`, event: summary(e), link: eventLink(e) });
      }
      for (const d of await allDatasets(deps.store.db)) {
        if (d.imported_at > since) changes.push({ kind: 'dataset_imported', at: d.imported_at, id: `${d.id}@${d.vintage}`, title: `${d.title} (${d.vintage})`, detail: `${d.row_count} rows; ${d.citation}`, link: /^https?:\/\//.test(d.url) ? d.url : null });
      }
      changes.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id.localeCompare(b.id)));
      const page = changes.slice(query.offset, query.offset + query.limit);
      if (query.format === 'atom') return { raw: atomFeed(page, c.req.url, page[0]?.at ?? since), contentType: 'application/atom+xml; charset=utf-8' };
      return {
        data: page,
        meta: { since, total: changes.length, limit: query.limit, offset: query.offset, watchlist: { countries: [...countries], commodities: [...commodities] } },
      };
    },
  }),
];
