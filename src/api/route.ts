import type { Context } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/connection.js';
import { LodestoneError } from '../domain/errors.js';
import type { ResponseCache } from './cache.js';
import type { ApiConfig } from './config.js';

/** What every route handler may use, passed in (the clock too, so tests are deterministic). */
export interface ApiDeps {
  store: Store;
  config: ApiConfig;
  now: () => Date;
  cache: ResponseCache;
  /** Called after a write committed: clears the cache and re-reads the data build. */
  afterWrite: () => Promise<void>;
  /** Every route of the app (the OpenAPI document is made from them). */
  routes: readonly AnyRoute[];
}

/** A JSON reply, put in the success envelope {ok: true, data, meta?}. */
export interface JsonReply {
  data: unknown;
  meta?: Record<string, unknown>;
}

/** A reply in another format (CSV, Atom, HTML, bare GeoJSON). */
export interface RawReply {
  raw: string;
  contentType: string;
}

export type Reply = JsonReply | RawReply;

type Out<T> = T extends z.ZodType ? z.output<T> : Record<string, never>;

export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  deps: ApiDeps;
  c: Context;
}

/**
 * One route: method, path, documentation and zod schemas for its path parameters, query and
 * body. The app registers these and the OpenAPI document is generated from the same list, so the
 * document cannot miss a route.
 */
export interface RouteSpec<P extends z.ZodType | undefined = z.ZodType | undefined, Q extends z.ZodType | undefined = z.ZodType | undefined, B extends z.ZodType | undefined = z.ZodType | undefined> {
  method: 'get' | 'post';
  /** Hono path, e.g. /api/commodities/:id */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Needs Authorization: Bearer <token> (checked before the body is read). */
  write?: boolean;
  /** Dataset-derived: served from the in-memory cache with an ETag (GET only). */
  cached?: boolean;
  /** Media types of the success response besides JSON (for the document). */
  alternates?: string[];
  handle(input: RouteInput<P, Q, B>): Promise<Reply>;
}

export type AnyRoute = RouteSpec;

/** Declares a route with typed inputs; the result goes into a route group's list. */
export function route<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<P, Q, B>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}

/** The day in UTC (YYYY-MM-DD) of the injected clock. */
export function today(deps: ApiDeps): string {
  return deps.now().toISOString().slice(0, 10);
}

// Shared parameter schemas. Messages say what is expected; the error handler names the field.
export const yearParam = z.string().regex(/^\d{4}$/, 'must be a year YYYY').transform(Number);
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be a real calendar date');
export const partialDateParam = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
export const iso3List = z
  .string()
  .min(1)
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
export const stageParam = z.enum(['mine', 'refinery']);
export const sourceParam = z.enum(['usgs', 'wmd']);
export const tradeStageParam = z.enum(['ore', 'refined']);
export const importerParam = z.string().min(1, 'is required, e.g. USA or EU27');

/** limit/offset with a default and a maximum. */
export function pagination(defaultLimit: number, maxLimit: number) {
  return {
    limit: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .refine((n) => n >= 1 && n <= maxLimit, `must be between 1 and ${maxLimit}`)
      .default(defaultLimit),
    offset: z.string().regex(/^\d+$/, 'must be a whole number ≥ 0').transform(Number).default(0),
  };
}

/** An HTTP-only refusal (401, 403, 404 route, 413, 415) in the same typed-error family. */
export class HttpError extends LodestoneError {
  override readonly status: number;
  constructor(status: number, message: string, hint?: string) {
    super(message, hint);
    this.status = status;
  }
}
