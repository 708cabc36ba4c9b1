/**
 * State lives in the URL hash so a view can be shared: #/commodity/tungsten?importer=USA.
 */
export interface Route {
  page: string;
  args: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', qs = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] ?? 'overview', args: parts.slice(1), query: new URLSearchParams(qs) };
}

export function hrefFor(page: string, args: string[] = [], query: Record<string, string | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) q.set(k, v);
  const path = [page, ...args].map(encodeURIComponent).join('/');
  return `#/${path}${q.size ? `?${q}` : ''}`;
}

/** Replaces the query of the current view (a new history entry, so Back works). */
export function setQuery(route: Route, query: Record<string, string | null | undefined>): void {
  location.hash = hrefFor(route.page, route.args, query).slice(1);
}
