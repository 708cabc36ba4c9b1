import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalQuery, etagOf, matchesEtag, ResponseCache } from '../../src/api/cache.js';
import { testApi, type TestApi } from './helpers.js';

describe('ResponseCache', () => {
  it('keys by build, generation, day and canonical query; invalidate starts a new generation', () => {
    const c = new ResponseCache('build-a');
    const k = c.key('2025-12-01', '/api/x', 'a=1');
    const e = c.set(k, '{"ok":true}', 'application/json');
    expect(c.get(k)).toBe(e);
    expect(e.etag).toBe(etagOf('build-a', '{"ok":true}'));
    c.invalidate('build-b');
    expect(c.size).toBe(0);
    expect(c.key('2025-12-01', '/api/x', 'a=1')).not.toBe(k);
  });

  it('drops the least recently used entry beyond its size', () => {
    const c = new ResponseCache('b', 2);
    c.set('a', '1', 't');
    c.set('b', '2', 't');
    c.get('a');
    c.set('c', '3', 't');
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')?.body).toBe('1');
  });

  it('keeps the body bytes within its budget; a body over the budget is served but not kept', () => {
    const c = new ResponseCache('b', 100, 10);
    c.set('a', '12345', 't');
    c.set('b', '123456', 't');
    expect(c.get('a')).toBeUndefined();
    expect(c.byteSize).toBe(6);
    expect(c.set('c', 'x'.repeat(11), 't').body).toHaveLength(11);
    expect(c.get('c')).toBeUndefined();
    expect(c.byteSize).toBe(6);
  });
});

describe('canonicalQuery and matchesEtag', () => {
  it('sorts parameters; matches a listed, weak or * validator', () => {
    expect(canonicalQuery('/api/x?b=2&a=1')).toBe(canonicalQuery('/api/x?a=1&b=2'));
    expect(canonicalQuery('/api/x')).toBe('');
    expect(matchesEtag('"x", "y"', '"y"')).toBe(true);
    expect(matchesEtag('W/"y"', '"y"')).toBe(true);
    expect(matchesEtag('*', '"y"')).toBe(true);
    expect(matchesEtag('"z"', '"y"')).toBe(false);
    expect(matchesEtag(undefined, '"y"')).toBe(false);
  });
});

describe('ETag and 304 on dataset-derived responses', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await testApi();
  });
  afterAll(async () => t.close());

  it('answers If-None-Match with 304 and no body; Cache-Control asks to revalidate', async () => {
    const first = await t.app.request('/api/commodities/tungsten?year=2025');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const second = await t.app.request('/api/commodities/tungsten?year=2025', { headers: { 'If-None-Match': etag as string } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('ETag')).toBe(etag);
    const reordered = await t.app.request('/api/events?limit=5&offset=0');
    const same = await t.app.request('/api/events?offset=0&limit=5', { headers: { 'If-None-Match': reordered.headers.get('ETag') as string } });
    expect(same.status).toBe(304);
  });

  it('a different query has another ETag; errors are not cached and carry no ETag', async () => {
    const a = await t.app.request('/api/commodities/tungsten?year=2025');
    const b = await t.app.request('/api/commodities/tungsten?year=2024');
    expect(a.headers.get('ETag')).not.toBe(b.headers.get('ETag'));
    const err = await t.app.request('/api/commodities/tungsten?year=1800');
    expect(err.status).toBe(404);
    expect(err.headers.get('ETag')).toBeNull();
    expect(err.headers.get('Cache-Control')).toBe('no-store');
  });
});
