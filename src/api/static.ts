import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, Next } from 'hono';

/** Vite names built assets by content hash, so they can be cached for good; the page itself not. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built dashboard (dist/web, made by `vite build --config src/web/vite.config.ts`) at
 * `/`: its files as they are, and index.html for any other non-API path without a file extension
 * (client routes). /api/* is never touched. When the dashboard is not built, `/` says how to
 * build it instead of a bare 404.
 */
export function mountDashboard(app: Hono, dir: string): void {
  const root = resolve(dir);
  const isApi = (c: Context): boolean => c.req.path === '/api' || c.req.path.startsWith('/api/');
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/', (c) => c.text(`The dashboard is not built (no ${join(root, 'index.html')}): run "npm run build:web" (or "npm install"). The API is at /api/docs.`, 503));
    return;
  }
  const files = serveStatic({ root });
  const page = serveStatic({ root, path: 'index.html' });
  /** serveStatic answers with a Response when it found the file, else it has called next(). */
  const withCaching = (res: Response | void, cacheControl: string): Response | void => {
    if (res instanceof Response) res.headers.set('Cache-Control', cacheControl);
    return res;
  };
  app.use('*', async (c: Context, next: Next) => (isApi(c) ? next() : withCaching(await files(c, next), c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache')));
  app.get('*', async (c: Context, next: Next) => (isApi(c) || /\.[a-z0-9]+$/i.test(c.req.path) ? next() : withCaching(await page(c, next), 'no-cache')));
}
