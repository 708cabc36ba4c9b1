import { createHash } from 'node:crypto';

/** A serialised response body with its validator and the headers of a 200 (built once). */
export interface CachedBody {
  body: string;
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
}

/** How many responses the cache keeps (least recently used dropped first). */
export const CACHE_MAX_ENTRIES = 1000;
/** How many body bytes it keeps at most (a full facilities GeoJSON is a few MB). */
export const CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** Dataset-derived responses may be stored, but must be revalidated (the ETag makes that cheap). */
export const CACHE_CONTROL = 'no-cache';

/**
 * In-memory cache of serialised dataset-derived responses (profiles, lists), keyed by the data
 * build, a generation bumped by every API write, the day (profiles read "today"), and the request
 * path with its sorted query. Entries carry a strong ETag over the body, so a client's
 * If-None-Match is answered with 304 without recomputing anything.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  private generation = 0;
  private bytes = 0;
  constructor(
    private build: string,
    private readonly maxEntries = CACHE_MAX_ENTRIES,
    private readonly maxBytes = CACHE_MAX_BYTES,
    /** Headers every response carries (the security headers). */
    private readonly baseHeaders: Record<string, string> = {},
  ) {}

  key(day: string, path: string, query: string): string {
    return `${this.build}|${this.generation}|${day}|${path}?${query}`;
  }

  get(key: string): CachedBody | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // refresh recency: a Map iterates in insertion order
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, body: string, contentType: string): CachedBody {
    const etag = etagOf(this.build, body);
    const notModifiedHeaders = { ...this.baseHeaders, etag, 'cache-control': CACHE_CONTROL };
    const entry = { body, bytes: new TextEncoder().encode(body), contentType, etag, headers: { ...notModifiedHeaders, 'content-type': contentType }, notModifiedHeaders };
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.bytes.byteLength;
      this.entries.delete(key);
    }
    // a body larger than the whole budget is served but not kept
    if (entry.bytes.byteLength > this.maxBytes) return entry;
    this.entries.set(key, entry);
    this.bytes += entry.bytes.byteLength;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.bytes -= (this.entries.get(oldest) as CachedBody).bytes.byteLength;
      this.entries.delete(oldest);
    }
    return entry;
  }

  /** After a write: drop everything (events, restrictions and profiles may have changed). */
  invalidate(build?: string): void {
    if (build) this.build = build;
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Body bytes held. */
  get byteSize(): number {
    return this.bytes;
  }
}

/** A strong ETag: the data build's first characters and a hash of the body. */
export function etagOf(build: string, body: string): string {
  return `"${build.slice(0, 8)}-${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** True when an If-None-Match header lists the ETag (or is "*"). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** The query string in a canonical order, so ?b=1&a=2 and ?a=2&b=1 share one entry. */
export function canonicalQuery(url: string): string {
  const i = url.indexOf('?');
  if (i < 0) return '';
  const search = url.slice(i + 1);
  if (!search.includes('&')) return search;
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
}
