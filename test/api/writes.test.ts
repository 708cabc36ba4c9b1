import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, MAX_BODY_BYTES } from '../../src/api/app.js';
import { config, getJson, postJson, testApi, TOKEN, type TestApi } from './helpers.js';

/** An article written for this test (not from any outlet): the C5+1 summit of 6 November 2025. */
const ARTICLE = `TITLE: Central Asian leaders meet Trump at the White House

Presidents of Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan met US President Donald Trump in Washington on November 6, 2025 for the C5+1 summit.
Kazakhstan and the United States signed a memorandum of understanding on critical minerals during the summit.
`;

let t: TestApi;
let closed: TestApi;
beforeAll(async () => {
  t = await testApi();
  closed = await testApi({ token: null, tokenSource: null });
});
afterAll(async () => {
  await t.close();
  await closed.close();
});

const auth = { Authorization: `Bearer ${TOKEN}` };

describe('write tokens', () => {
  it('a missing token is 401, checked before the body (invalid JSON here)', async () => {
    const res = await postJson(t.app, '/api/ingest', '{not json');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(await res.json()).toMatchObject({ ok: false, status: 401 });
  });

  it('a wrong token is 401 before validation, on both write routes', async () => {
    for (const path of ['/api/ingest', '/api/review']) {
      const res = await postJson(t.app, path, { nonsense: true }, { Authorization: 'Bearer not-the-token' });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: string }).error).toBe('wrong token');
    }
  });

  it('no token configured: writes answer 403 "writes disabled", even with a token and a bad body', async () => {
    const res = await postJson(closed.app, '/api/review', '{', auth);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/^writes disabled/);
  });

  it('the right token passes to validation: a bad body is then a 400 naming the field', async () => {
    const res = await postJson(t.app, '/api/ingest', { text: '' }, auth);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, field: 'text' });
  });

  it('a body over 1 MB is 413 (after the token), a non-JSON content type 415', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES + 10) });
    expect((await postJson(t.app, '/api/ingest', big)).status).toBe(401);
    const res = await postJson(t.app, '/api/ingest', big, auth);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, status: 413 });
    const typed = await t.app.request('/api/extract', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(typed.status).toBe(415);
  });
});

describe('POST /api/extract', () => {
  it('previews the summit event and stores nothing', async () => {
    const res = await postJson(t.app, '/api/extract', { text: ARTICLE, date: '2025-11-06' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { events: { type: string; date: string | null }[]; entities: { canonical: string }[] } };
    expect(body.data.events.some((e) => e.type === 'summit' && e.date === '2025-11-06')).toBe(true);
    expect((await getJson<unknown[]>(t.app, '/api/review')).body.data).toEqual([]);
  });

  it('a bad date names `date`', async () => {
    const res = await postJson(t.app, '/api/extract', { text: ARTICLE, date: '6 Nov 2025' });
    expect(await res.json()).toMatchObject({ status: 400, field: 'date' });
  });
});

describe('POST /api/ingest and /api/review', () => {
  it('ingests with the right token (pending), review accepts, the event reaches /api/events and /api/changes', async () => {
    const before = await t.app.request('/api/events?text=C5%2B1&limit=500');
    const etagBefore = before.headers.get('ETag');
    const countBefore = ((await before.json()) as { meta: { total: number } }).meta.total;

    const res = await postJson(t.app, '/api/ingest', { text: ARTICLE, date: '2025-11-06', url: 'https://example.org/c5-summit', tags: ['apitest'], who: 'api test' }, auth);
    expect(res.status).toBe(200);
    const ingest = (await res.json()) as { ok: boolean; data: { report: { items: { status: string; events_created: string[]; events_merged: string[] }[] } } };
    expect(ingest.ok).toBe(true);
    const item = ingest.data.report.items[0];
    expect(item?.status).toBe('new');
    const created = item?.events_created ?? [];
    expect(created.length).toBeGreaterThan(0);

    const pending = await getJson<{ id: string; review_state: string; evidence: unknown[]; reviews: { action: string }[] }[]>(t.app, '/api/review');
    const mine = pending.body.data.filter((e) => created.includes(e.id));
    expect(mine.length).toBe(created.length);
    expect(mine.every((e) => e.review_state === 'pending' && e.evidence.length > 0)).toBe(true);

    const review = await postJson(t.app, '/api/review', { accept: created, who: 'api test' }, auth);
    expect(review.status).toBe(200);
    const outcomes = (await review.json()) as { data: { id: string; action: string }[] };
    expect(outcomes.data.map((o) => o.action)).toEqual(created.map(() => 'accept'));
    // the audit trail lists the accept actions, who made them, newest first
    const history = await getJson<{ event_id: string; action: string; who: string }[]>(t.app, '/api/review/history?limit=20');
    expect(history.body.data.filter((r) => created.includes(r.event_id)).map((r) => [r.action, r.who])).toEqual(created.map(() => ['accept', 'api test']));
    expect((await t.app.request('/api/review/history?limit=9999')).status).toBe(400);

    // the cache was cleared by the writes: the list changed and so did its ETag
    const after = await t.app.request('/api/events?tag=apitest&limit=500');
    const list = (await after.json()) as { data: { id: string; sources: { url: string | null }[] }[] };
    expect(list.data.map((e) => e.id).sort()).toEqual([...created].sort());
    expect(list.data[0]?.sources[0]?.url).toBe('https://example.org/c5-summit');
    const again = await t.app.request('/api/events?text=C5%2B1&limit=500');
    expect(again.headers.get('ETag')).not.toBe(etagBefore);
    expect(((await again.json()) as { meta: { total: number } }).meta.total).toBeGreaterThanOrEqual(countBefore);

    // (the bundle's rows carry the build time, after this test's fixed clock: hence the limit)
    const changes = await getJson<{ kind: string; id: string }[]>(t.app, '/api/changes?since=2025-12-01T00:00:00Z&countries=KAZ&limit=1000');
    expect(changes.body.data.some((c) => c.kind === 'review' && created.includes(c.id))).toBe(true);
  });

  it('ingesting the same text again changes nothing', async () => {
    const res = await postJson(t.app, '/api/ingest', { text: ARTICLE, date: '2025-11-06', url: 'https://example.org/c5-summit', tags: ['apitest'], who: 'api test' }, auth);
    const body = (await res.json()) as { data: { report: { items: { status: string }[] } } };
    expect(body.data.report.items[0]?.status).toBe('duplicate');
  });

  it('review needs something to do, naming the field; an unknown edit field is named', async () => {
    expect(await (await postJson(t.app, '/api/review', {}, auth)).json()).toMatchObject({ status: 400, field: 'accept' });
    const bad = (await (await postJson(t.app, '/api/review', { edits: [{ id: 'x', fields: { colour: 'red' } }] }, auth)).json()) as { status: number; field: string };
    expect(bad.status).toBe(400);
    expect(bad.field).toMatch(/^edits\.0\.fields/);
  });
});

describe('safety headers', () => {
  it('every response carries the CSP and nosniff, errors too; CORS is off unless configured', async () => {
    for (const path of ['/', '/api/commodities', '/api/nothing']) {
      const res = await t.app.request(path, { headers: { Origin: 'https://evil.example' } });
      expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('Content-Security-Policy')).toMatch(/default-src 'self'/);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });

  it('a mounted handler (the dashboard) answers / before the placeholder, with the security headers', async () => {
    const { createApp } = await import('../../src/api/app.js');
    const app = await createApp({ store: t.store, config: config(), log: () => undefined, mount: (a) => a.get('/', (c) => c.html('<p>dashboard</p>')) });
    const res = await app.request('/');
    expect(await res.text()).toBe('<p>dashboard</p>');
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('configured origins get CORS headers, others not', async () => {
    const open = await testApi({ corsOrigins: ['http://localhost:5173'] });
    try {
      const ok = await open.app.request('/api/commodities', { headers: { Origin: 'http://localhost:5173' } });
      expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
      const other = await open.app.request('/api/commodities', { headers: { Origin: 'https://evil.example' } });
      expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
    } finally {
      await open.close();
    }
  });
});
