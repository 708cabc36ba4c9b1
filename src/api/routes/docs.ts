import { z } from 'zod';
import { docsPage, openApiDocument } from '../openapi.js';
import { route } from '../route.js';

/** The package version (for the OpenAPI info). */
export const API_VERSION = '0.1.0';

const HTML = 'text/html; charset=utf-8';

export const docRoutes = [
  route({
    method: 'get',
    path: '/',
    tag: 'docs',
    summary: 'Start page (the dashboard comes later): links to the API documentation',
    query: z.object({}).strict(),
    handle: async () => ({
      raw: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Lodestone</title></head>
<body><main><h1>Lodestone</h1><p>Critical-minerals intelligence. The dashboard is not built yet; the HTTP API is here:</p>
<ul><li><a href="/api/docs">API documentation</a></li><li><a href="/api/openapi.json">OpenAPI 3.1 document</a></li><li><a href="/api/commodities/tungsten">Example: the tungsten profile</a></li></ul></main></body></html>
`,
      contentType: HTML,
    }),
  }),
  route({
    method: 'get',
    path: '/api/openapi.json',
    tag: 'docs',
    summary: 'This API as an OpenAPI 3.1 document (every route)',
    query: z.object({}).strict(),
    handle: async ({ deps }) => ({ raw: JSON.stringify(openApiDocument(deps.routes, API_VERSION)), contentType: 'application/json; charset=utf-8' }),
  }),
  route({
    method: 'get',
    path: '/api/docs',
    tag: 'docs',
    summary: 'The OpenAPI document as a plain HTML page',
    query: z.object({}).strict(),
    handle: async ({ deps }) => ({ raw: docsPage(openApiDocument(deps.routes, API_VERSION)), contentType: HTML }),
  }),
];
