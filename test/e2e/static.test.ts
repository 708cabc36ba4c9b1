import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountDashboard } from '../../src/api/static.js';

/** A tiny stand-in for dist/web: the page, one hashed asset and the map data. */
function fakeBuild(dir: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lodestone</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'world-110m.json'), '{"type":"Topology"}');
}

describe('mountDashboard', () => {
  let dir: string;
  let app: Hono;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lodestone-web-'));
    fakeBuild(dir);
    app = new Hono();
    mountDashboard(app, dir);
    app.get('/api/ping', (c) => c.json({ ok: true, data: 'pong' }));
    app.notFound((c) => c.json({ ok: false, error: 'not found', status: 404 }, 404));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html at / without long caching', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>Lodestone</title>');
  });

  it('serves hashed assets as immutable and the map data as a file', async () => {
    const js = await app.request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const map = await app.request('/world-110m.json');
    expect(map.status).toBe(200);
    expect(await map.text()).toBe('{"type":"Topology"}');
  });

  it('answers client routes with the page and leaves /api and missing files alone', async () => {
    expect(await (await app.request('/commodity/tungsten')).text()).toContain('<title>Lodestone</title>');
    expect(await (await app.request('/api/ping')).json()).toEqual({ ok: true, data: 'pong' });
    expect((await app.request('/api/nothing')).status).toBe(404);
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the build folder', async () => {
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/../../etc/passwd', '/assets/..%2f..%2f..%2fetc%2fhosts']) {
      const res = await app.request(path);
      expect(await res.text()).not.toMatch(/root:|localhost/);
    }
  });

  it('says how to build the dashboard when it is not built', async () => {
    const bare = new Hono();
    mountDashboard(bare, join(dir, 'absent'));
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:web');
  });
});
