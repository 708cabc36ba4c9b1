/** The dashboard's only data source: the HTTP API of the same origin (src/api). */

const TOKEN_KEY = 'lodestone.apiToken';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function unwrap(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json() : await res.text();
  if (body && typeof body === 'object' && 'ok' in body) {
    const env = body as { ok: boolean; data?: unknown; error?: unknown; status?: number };
    if (!env.ok) throw new ApiError(typeof env.error === 'string' ? env.error : JSON.stringify(env.error), env.status ?? res.status);
    return env.data;
  }
  if (!res.ok) throw new ApiError(typeof body === 'string' ? body : `HTTP ${res.status}`, res.status);
  return body;
}

function urlOf(path: string, query: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  return q.size ? `${path}?${q}` : path;
}

export async function getJson<T = unknown>(path: string, query: Record<string, string | number | null | undefined> = {}): Promise<T> {
  return (await unwrap(await fetch(urlOf(path, query), { headers: { accept: 'application/json' } }))) as T;
}

/** A paged list: the data and the envelope's meta (total, limit, offset). */
export async function getPage<T>(path: string, query: Record<string, string | number | null | undefined> = {}): Promise<{ data: T[]; total: number }> {
  const res = await fetch(urlOf(path, query), { headers: { accept: 'application/json' } });
  const body = (await res.clone().json().catch(() => null)) as { meta?: { total?: number } } | null;
  const data = listOf<T>(await unwrap(res), 'events');
  return { data, total: body?.meta?.total ?? data.length };
}

export async function postJson<T = unknown>(path: string, body: unknown, auth = false): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (auth) {
    const token = getToken();
    if (token) headers.authorization = `Bearer ${token}`;
  }
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  if (auth && res.status === 401) clearToken();
  return (await unwrap(res)) as T;
}

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);
export const setToken = (t: string): void => localStorage.setItem(TOKEN_KEY, t.trim());
export const clearToken = (): void => localStorage.removeItem(TOKEN_KEY);

/** Lists come bare or inside an object ({events: [...]}, {items: [...]}): returns the array. */
export function listOf<T>(data: unknown, ...keys: string[]): T[] {
  if (Array.isArray(data)) return data as T[];
  if (data && typeof data === 'object') {
    for (const k of [...keys, 'items', 'results', 'data']) {
      const v = (data as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v as T[];
    }
  }
  return [];
}
