import { z } from 'zod';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { EVENT_TYPES } from '../../domain/records.js';
import { normalizeName } from '../../domain/text.js';
import { findEvents, type EventWithParts } from '../../store/queries/events.js';
import { pagination, partialDateParam, route } from '../route.js';

/** Sources of an event: the distinct documents of its evidence. */
export function eventSources(e: EventWithParts) {
  const seen = new Map<string, { document_id: string; title: string; url: string | null; published_date: string | null }>();
  for (const x of e.evidence) if (!seen.has(x.document_id)) seen.set(x.document_id, { document_id: x.document_id, title: x.title, url: x.url, published_date: x.published_date });
  return [...seen.values()];
}

/** The `text` filter of `lodestone events`: title, actor names and evidence, case and accents ignored. */
export function matchesText(e: EventWithParts, key: string): boolean {
  return normalizeName([e.title, ...e.actors.map((a) => a.name), ...e.evidence.map((x) => x.sentence)].join(' ')).includes(key);
}

export const eventRoutes = [
  route({
    method: 'get',
    path: '/api/events',
    tag: 'events',
    summary: 'Accepted events, newest first, each with its sources and evidence sentences (filters as `lodestone events`)',
    description:
      '`since`/`until` take YYYY, YYYY-MM or YYYY-MM-DD (until 2025-12 keeps all of December); `text` matches title, actors and evidence; `country` and `commodity` take names or codes. Paged: `limit` (default 50, at most 500) and `offset`; meta.total counts all matches.',
    cached: true,
    query: z
      .object({
        country: z.string().min(1).optional(),
        type: z.enum(EVENT_TYPES).optional(),
        commodity: z.string().min(1).optional(),
        since: partialDateParam.optional(),
        until: partialDateParam.optional(),
        text: z.string().refine((t) => normalizeName(t).length > 0, 'needs a word to look for').optional(),
        tag: z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"').optional(),
        dataset: z.string().regex(/^[a-z0-9-]+$/, 'must be a dataset id such as news or curated-events').optional(),
        ...pagination(50, 500),
      })
      .strict()
      .refine((q) => !q.since || !q.until || q.since <= `${q.until}\uffff`, { message: 'is after until', path: ['since'] }),
    handle: async ({ query, deps }) => {
      const all = await findEvents(deps.store.db, {
        reviewState: 'accepted',
        iso3: query.country ? findCountry(query.country) : undefined,
        type: query.type,
        commodityId: query.commodity ? findCommodity(query.commodity) : undefined,
        since: query.since,
        until: query.until,
      });
      const key = query.text ? normalizeName(query.text) : '';
      const hits = all.filter((e) => (!key || matchesText(e, key)) && (!query.tag || e.tags.split(';').includes(query.tag)) && (!query.dataset || e.dataset === query.dataset));
      return {
        data: hits.slice(query.offset, query.offset + query.limit).map((e) => ({ ...e, sources: eventSources(e) })),
        meta: { total: hits.length, limit: query.limit, offset: query.offset },
      };
    },
  }),
];
