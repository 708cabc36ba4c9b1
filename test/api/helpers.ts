import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import type { ApiConfig } from '../../src/api/config.js';
import { openStore, type Store } from '../../src/store/connection.js';
import { copyBuiltDb } from '../support/built-db.js';

/** The fixed clock of the API tests: 2025-12-01, the day the Ga/Ge/Sb measure is suspended. */
export const NOW = new Date('2025-12-01T12:00:00Z');
export const TOKEN = 'test-token-0123456789abcdef';

export function config(over: Partial<ApiConfig> = {}): ApiConfig {
  return { token: TOKEN, tokenSource: 'env', corsOrigins: [], configFile: '/nonexistent/.lodestone/config.json', ...over };
}

export interface TestApi {
  app: Hono;
  store: Store;
  close(): Promise<void>;
}

/** An app over a fresh copy of the database built from the bundle (writes do not leak between files). */
export async function testApi(over: Partial<ApiConfig> = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-api-'));
  const file = join(dir, 'api.db');
  copyBuiltDb(file);
  const store = await openStore(file);
  const app = await createApp({ store, config: config(over), now: () => NOW, log: () => undefined });
  return {
    app,
    store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Envelope<T = unknown> {
  ok: boolean;
  data: T;
  meta?: Record<string, unknown>;
  error?: string;
  status?: number;
  hint?: string;
  field?: string;
  suggestions?: string[];
}

export async function getJson<T = unknown>(app: Hono, path: string, init?: RequestInit): Promise<{ status: number; body: Envelope<T>; headers: Headers }> {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as Envelope<T>, headers: res.headers };
}

export function postJson(app: Hono, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
}
