import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../../src/api/openapi.js';
import { getJson, testApi, type TestApi } from './helpers.js';

let t: TestApi;
beforeAll(async () => {
  t = await testApi();
});
afterAll(async () => t.close());

type Doc = { openapi: string; paths: Record<string, Record<string, { parameters: { name: string; in: string; required: boolean }[]; security?: unknown; requestBody?: unknown }>> };

async function doc(): Promise<Doc> {
  const res = await t.app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  return (await res.json()) as Doc;
}

describe('openApiPath', () => {
  it('turns Hono parameters into OpenAPI templates', () => {
    expect(openApiPath('/api/commodities/:id/series')).toBe('/api/commodities/{id}/series');
  });
});

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 and lists exactly the routes the app registers', async () => {
    const d = await doc();
    expect(d.openapi).toBe('3.1.0');
    const registered = new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`));
    const documented = new Set(Object.entries(d.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    expect([...documented].sort()).toEqual([...registered].sort());
    for (const must of ['get /api/commodities/{id}', 'get /api/facilities', 'get /api/changes', 'post /api/scenarios', 'post /api/ingest', 'post /api/review', 'get /api/docs']) expect(documented).toContain(must);
  });

  it('documents the query parameters from the validation schemas, and the token on writes', async () => {
    const d = await doc();
    const profile = d.paths['/api/commodities/{id}']?.get;
    expect(profile?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'query:year', 'query:stage', 'query:source', 'query:vintage']);
    expect(d.paths['/api/risk/{commodity}']?.get?.parameters.find((p) => p.name === 'importer')?.required).toBe(true);
    expect(d.paths['/api/events']?.get?.parameters.find((p) => p.name === 'limit')?.required).toBe(false);
    expect(d.paths['/api/ingest']?.post?.security).toEqual([{ bearer: [] }]);
    expect(d.paths['/api/ingest']?.post?.requestBody).toBeDefined();
    expect(d.paths['/api/scenarios']?.post?.security).toBeUndefined();
  });
});

describe('GET /api/docs', () => {
  it('renders every route as plain HTML without scripts or external resources', async () => {
    const res = await t.app.request('/api/docs');
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<code>GET /api/commodities/{id}</code>');
    expect(html).toContain('<code>POST /api/review</code> (write: bearer token)');
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)[^"<\s]*\.(js|css)/i);
  });

  it('the envelope of a JSON route matches the documented Success schema', async () => {
    const r = await getJson(t.app, '/api/commodities');
    expect(Object.keys(r.body).sort()).toEqual(['data', 'ok']);
  });
});

describe('docs/api.md', () => {
  it('names every registered route (the docs cannot drift from the app)', () => {
    const text = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'api.md'), 'utf8');
    const missing = t.app.routes.filter((r) => r.method !== 'ALL' && r.path !== '/' && !text.includes(`${r.method} ${r.path}`)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });
});
