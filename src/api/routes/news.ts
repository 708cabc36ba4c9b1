import { createHash } from 'node:crypto';
import { z } from 'zod';
import { extractArticle } from '../../extraction/extract.js';
import { ingestNews } from '../../ingest/news.js';
import { reviewEvents, EDITABLE_FIELDS } from '../../ingest/news-review.js';
import { findEvents } from '../../store/queries/events.js';
import { eventReviews, recentReviews } from '../../store/queries/news-writes.js';
import { dayParam, route } from '../route.js';
import { eventSources } from './events.js';
import { storeGazetteer } from '../profiles/gazetteer.js';

/** Article text at most this many characters (the body limit is 1 MB of bytes). */
const MAX_TEXT = 500_000;

const ArticleBody = {
  text: z.string().min(1).max(MAX_TEXT),
  date: dayParam.optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  title: z.string().max(500).optional(),
};


/** The posted text with a URL:/TITLE: header when given separately (the article format of `lodestone ingest`). */
function articleText(b: { text: string; url?: string; title?: string }): string {
  const header = [b.url ? `URL: ${b.url}` : '', b.title ? `TITLE: ${b.title.replace(/\s+/g, ' ')}` : ''].filter(Boolean);
  return header.length ? `${header.join('\n')}\n\n${b.text}` : b.text;
}

const articleId = (text: string): string => `api-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

export const newsRoutes = [
  route({
    method: 'post',
    path: '/api/extract',
    tag: 'news',
    summary: 'Preview: entities and events the extractor finds in an article; stores nothing',
    description: 'JSON body {"text": "…", "date": "2025-11-06", "url": "…", "title": "…"}; the text may carry its own URL:/TITLE:/DATE: header. Offsets index the body text returned.',
    body: z.object(ArticleBody).strict(),
    handle: async ({ body, deps }) => {
      const text = articleText(body);
      return { data: extractArticle(text, { id: articleId(text), date: body.date, gazetteer: await storeGazetteer(deps.store) }) };
    },
  }),
  route({
    method: 'post',
    path: '/api/ingest',
    tag: 'news',
    summary: 'Write: extract an article and store it with its events (pending unless accept), as `lodestone ingest`',
    description: 'Needs Authorization: Bearer <token>. JSON body {"text", "date", "url", "title", "accept": false, "tags": ["demo"], "who": "analyst"}. Ingesting the same text again changes nothing (content hash).',
    write: true,
    body: z
      .object({
        ...ArticleBody,
        accept: z.boolean().default(false),
        tags: z.array(z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"')).max(20).default([]),
        who: z.string().min(1).max(100).default('api'),
      })
      .strict(),
    handle: async ({ body, deps }) => {
      const text = articleText(body);
      const id = articleId(text);
      const article = extractArticle(text, { id, date: body.date, gazetteer: await storeGazetteer(deps.store) });
      const report = await ingestNews(deps.store, [{ file: `api:${id}`, article }], { accept: body.accept, tags: body.tags, who: body.who, now: deps.now });
      await deps.afterWrite();
      return { data: { report, extraction: article } };
    },
  }),
  route({
    method: 'get',
    path: '/api/review',
    tag: 'news',
    summary: 'Pending events with their evidence, sources and audit trail (what `lodestone review` lists)',
    query: z.object({}).strict(),
    handle: async ({ deps }) => {
      const pending = await findEvents(deps.store.db, { reviewState: 'pending' });
      const trail = await eventReviews(deps.store.db, pending.map((e) => e.id));
      return { data: pending.map((e) => ({ ...e, sources: eventSources(e), reviews: trail.filter((r) => r.event_id === e.id) })) };
    },
  }),
  route({
    method: 'get',
    path: '/api/review/history',
    tag: 'news',
    summary: 'The latest review actions (accept, reject, edit) on any event, newest first: who, when, what changed, why',
    query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }).strict(),
    handle: async ({ deps, query }) => ({ data: await recentReviews(deps.store.db, query.limit) }),
  }),
  route({
    method: 'post',
    path: '/api/review',
    tag: 'news',
    summary: 'Write: accept, reject (with a reason) or edit events, as `lodestone review`; one transaction, one audit row per change',
    description: `Needs Authorization: Bearer <token>. JSON body {"accept": [ids], "reject": [ids], "reason": "…", "edits": [{"id": "…", "fields": {"date": "2025-11-06"}}], "who": "analyst"}. Editable fields: ${EDITABLE_FIELDS.join(', ')}.`,
    write: true,
    body: z
      .object({
        accept: z.array(z.string().min(1)).max(500).default([]),
        reject: z.array(z.string().min(1)).max(500).default([]),
        reason: z.string().min(1).max(2000).optional(),
        edits: z
          .array(z.object({ id: z.string().min(1), fields: z.record(z.enum(EDITABLE_FIELDS), z.string().max(2000)).refine((f) => Object.keys(f).length > 0, 'give at least one field') }).strict())
          .max(500)
          .default([]),
        who: z.string().min(1).max(100).default('api'),
      })
      .strict()
      .refine((b) => b.accept.length + b.reject.length + b.edits.length > 0, { message: 'give event ids to accept or reject, or edits', path: ['accept'] }),
    handle: async ({ body, deps }) => {
      const outcomes = await reviewEvents(deps.store, { accept: body.accept, reject: body.reject, reason: body.reason, edits: body.edits.map((e) => ({ id: e.id, fields: e.fields as Record<string, string> })), who: body.who, now: deps.now });
      await deps.afterWrite();
      return { data: outcomes };
    },
  }),
];
