import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { ZodError, type z } from 'zod';
import { LodestoneError, NotFoundError, UsageError } from '../domain/errors.js';
import { metaValue } from '../store/queries/reference.js';
import type { Store } from '../store/connection.js';
import { ResponseCache, canonicalQuery, matchesEtag } from './cache.js';
import type { ApiConfig } from './config.js';
import { HttpError, type AnyRoute, type ApiDeps, type Reply } from './route.js';
import { allRoutes } from './routes/index.js';

/** Request bodies above this size are refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Content-Security-Policy of every response: only this origin's scripts, styles, images and
 * connections; no plugins, no framing (issue 5, "Safety").
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

/** Headers of every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
});

function secure(c: Context): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
}

export interface AppOptions {
  store: Store;
  config: ApiConfig;
  now?: () => Date;
  /** Where unexpected errors (500) are reported; the client sees only "internal error". */
  log?: (message: string) => void;
  /**
   * Mounts more handlers (the dashboard's static files) before the API routes, so they may
   * answer `/` in place of the placeholder page; their responses get the security headers too.
   */
  mount?: (app: Hono) => void;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The HTTP app (Hono): every route of src/api/routes/ with zod validation, one success envelope
 * {ok: true, data, meta?} and one error envelope {ok: false, error, status, hint?} made by one
 * error handler from the typed errors, security headers on every response, CORS only for the
 * configured origins, and bearer-token checks on writes before their body is read.
 */
export async function createApp(opts: AppOptions): Promise<Hono> {
  const build = (await metaValue(opts.store.db, 'data_build')) ?? 'unbuilt';
  const cache = new ResponseCache(build, undefined, undefined, SECURITY_HEADERS);
  const deps: ApiDeps = {
    store: opts.store,
    config: opts.config,
    now: opts.now ?? (() => new Date()),
    cache,
    afterWrite: async () => cache.invalidate((await metaValue(opts.store.db, 'data_build')) ?? undefined),
    routes: allRoutes,
  };
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const app = new Hono();

  // API responses get the security headers where they are made (cached ones carry them
  // prebuilt), which keeps the cached path a single Response; anything else (the placeholder
  // page, the dashboard's files) gets them here.
  app.use('*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/api/')) for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  opts.mount?.(app);
  if (opts.config.corsOrigins.length > 0) {
    app.use('/api/*', cors({ origin: opts.config.corsOrigins, allowMethods: ['GET', 'POST'], allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'], exposeHeaders: ['ETag'], maxAge: 600 }));
  }

  for (const r of allRoutes) register(app, r, deps);

  app.notFound((c) => errorResponse(c, new HttpError(404, `no route ${c.req.method} ${c.req.path}`, 'the routes are listed at /api/docs and /api/openapi.json')));
  app.onError((err, c) => {
    if (!(err instanceof LodestoneError) && !(err instanceof ZodError) && !(err instanceof HTTPException)) log(`lodestone api: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return errorResponse(c, err);
  });
  return app;
}

function register(app: Hono, r: AnyRoute, deps: ApiDeps): void {
  const handlers: MiddlewareHandler[] = [];
  if (r.write) handlers.push(requireToken(deps.config));
  if (r.method === 'post') {
    handlers.push(bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => errorResponse(c, new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`, 'send a shorter text (1 MB at most)')) }));
  }
  handlers.push(async (c: Context) => {
    if (r.cached && r.method === 'get') {
      // Hot path: the key is the raw path and query; validation runs only on a miss.
      const key = deps.cache.key(deps.now().toISOString().slice(0, 10), c.req.path, canonicalQuery(c.req.url));
      let entry = deps.cache.get(key);
      if (!entry) {
        const params = parse(r.params, c.req.param(), 'path');
        const query = parse(r.query, c.req.query(), 'query');
        const reply = await r.handle({ params, query, body: {}, deps, c });
        entry = deps.cache.set(key, bodyOf(reply), typeOf(reply));
      }
      if (matchesEtag(c.req.header('If-None-Match'), entry.etag)) return new Response(null, { status: 304, headers: entry.notModifiedHeaders });
      return new Response(entry.bytes, { status: 200, headers: entry.headers });
    }
    const params = parse(r.params, c.req.param(), 'path');
    const query = parse(r.query, c.req.query(), 'query');
    const body = r.body ? parse(r.body, await readJson(c), 'body') : {};
    const reply = await r.handle({ params, query, body, deps, c });
    secure(c);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', typeOf(reply));
    return c.body(bodyOf(reply), 200);
  });
  app.on(r.method.toUpperCase(), r.path, ...(handlers as [MiddlewareHandler]));
}

function bodyOf(reply: Reply): string {
  if ('raw' in reply) return reply.raw;
  return JSON.stringify(reply.meta ? { ok: true, data: reply.data, meta: reply.meta } : { ok: true, data: reply.data });
}

function typeOf(reply: Reply): string {
  return 'raw' in reply ? reply.contentType : JSON_TYPE;
}

/** Validates one part of the request; a ZodError goes to the error handler, which names the field. */
function parse(schema: z.ZodType | undefined, value: unknown, where: 'path' | 'query' | 'body'): never {
  if (!schema) return {} as never;
  const result = schema.safeParse(value);
  if (result.success) return result.data as never;
  throw Object.assign(result.error, { where });
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (type && !/^application\/json\b/i.test(type)) throw new HttpError(415, `body must be JSON, got Content-Type "${type}"`, 'send Content-Type: application/json');
  const text = await c.req.text();
  if (!text.trim()) throw new UsageError('body: a JSON object is required', 'see /api/docs for the fields');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`body: not valid JSON (${(err as Error).message})`, 'send a JSON object');
  }
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/**
 * Writes need Authorization: Bearer <token>. Runs before the body is read or validated: no token
 * configured → 403 "writes disabled"; a missing or wrong token → 401.
 */
function requireToken(config: ApiConfig) {
  return async (c: Context, next: () => Promise<void>) => {
    if (!config.token) {
      throw new HttpError(403, 'writes disabled: no API token is configured', `set LODESTONE_API_TOKEN, or "api_token" in ${config.configFile}, and restart`);
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    if (!m) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new HttpError(401, 'missing token: writes need "Authorization: Bearer <token>"', 'the token is in LODESTONE_API_TOKEN or the config file');
    }
    // compare digests of equal length in constant time
    if (!timingSafeEqual(digest(m[1] as string), digest(config.token))) {
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new HttpError(401, 'wrong token', 'use the token printed by "npm start" or set in LODESTONE_API_TOKEN');
    }
    await next();
  };
}

interface ErrorBody {
  ok: false;
  error: string;
  status: number;
  hint?: string;
  field?: string;
  suggestions?: string[];
}

/** The one error envelope. */
export function errorResponse(c: Context, err: unknown): Response {
  let body: ErrorBody;
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const where = (err as ZodError & { where?: string }).where;
    const keys = issue && issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = keys.length ? keys.join(', ') : issue?.path.length ? issue.path.join('.') : (where ?? 'input');
    const message = keys.length ? `unknown ${where === 'body' ? 'field' : 'parameter'}` : (issue?.message ?? 'invalid');
    body = { ok: false, error: `${field}: ${message}`, status: 400, field, hint: 'see /api/docs for the parameters of this route' };
  } else if (err instanceof LodestoneError) {
    body = { ok: false, error: err.message, status: err.status };
    // the CLI's hint names a command; over HTTP the same look-up is a route
    if (err.hint) body.hint = err.hint.replace(/^run "lodestone search (.*)" to look it up$/, (_m, name: string) => `look it up: GET /api/search?q=${encodeURIComponent(name)}`);
    if (err instanceof NotFoundError) body.suggestions = err.suggestions;
  } else if (err instanceof HTTPException) {
    body = { ok: false, error: err.message || 'request refused', status: err.status };
  } else {
    body = { ok: false, error: 'internal error', status: 500, hint: 'the server log has the details' };
  }
  secure(c);
  c.header('Cache-Control', 'no-store');
  return c.json(body, body.status as 400);
}
