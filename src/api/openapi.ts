import { z } from 'zod';
import type { AnyRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

const ENVELOPE_OK = {
  type: 'object',
  required: ['ok', 'data'],
  properties: { ok: { const: true }, data: {}, meta: { type: 'object', description: 'paging (total, limit, offset) and filters where the route has them' } },
};
const ENVELOPE_ERROR = {
  type: 'object',
  required: ['ok', 'error', 'status'],
  properties: {
    ok: { const: false },
    error: { type: 'string', description: 'what is wrong, naming the field or parameter' },
    status: { type: 'integer' },
    hint: { type: 'string', description: 'how to fix it' },
    field: { type: 'string', description: 'the invalid field or parameter (validation errors)' },
    suggestions: { type: 'array', items: { type: 'string' }, description: 'close matches of an unknown name (404)' },
  },
};

/** /api/commodities/:id → /api/commodities/{id} */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function jsonSchema(schema: z.ZodType): JsonSchema {
  const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete s.$schema;
  return s;
}

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): Parameter[] {
  if (!schema) return [];
  const s = jsonSchema(schema);
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, p]) => {
    const { description, ...rest } = p;
    return { name, in: where, required: where === 'path' || (required.has(name) && rest.default === undefined), ...(description ? { description: String(description) } : {}), schema: rest };
  });
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

function operation(r: AnyRoute) {
  const ok: Record<string, unknown> = { 'application/json': { schema: { $ref: '#/components/schemas/Success' } } };
  for (const t of r.alternates ?? []) ok[t] = { schema: { type: 'string' } };
  if (r.path === '/' || r.path === '/api/docs') {
    delete ok['application/json'];
    ok['text/html'] = { schema: { type: 'string' } };
  }
  const responses: Record<string, unknown> = {
    200: { description: 'success', content: ok, ...(r.cached ? { headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } } } : {}) },
    400: errorResponse('a parameter or field is invalid (named in `error` and `field`)'),
    404: errorResponse('unknown commodity, country or route (with suggestions)'),
  };
  if (r.cached) responses[304] = { description: 'not modified (If-None-Match matched the ETag)' };
  if (r.method === 'post') responses[413] = errorResponse('body over 1 MB');
  if (r.write) {
    responses[401] = errorResponse('missing or wrong bearer token (checked before the body)');
    responses[403] = errorResponse('writes disabled: no token configured');
  }
  return {
    operationId: `${r.method}${openApiPath(r.path).replace(/[{}]/g, '').replace(/\/(\w)/g, (_m, ch: string) => ch.toUpperCase()).replace(/\W/g, '') || 'Root'}`,
    tags: [r.tag],
    summary: r.summary,
    ...(r.description ? { description: r.description } : {}),
    parameters: [...parametersOf(r.params, 'path'), ...parametersOf(r.query, 'query')],
    ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } } : {}),
    ...(r.write ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the same route list the app registers. */
export function openApiDocument(routes: readonly AnyRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) (paths[openApiPath(r.path)] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lodestone API',
      version,
      description:
        'Critical-minerals intelligence over HTTP: commodity and country profiles, concentration, facilities (GeoJSON), export restrictions, events with evidence, risk, suppliers, scenarios, criticality, search, article extraction and ingestion. Every JSON response is an envelope: {ok: true, data, meta?} or {ok: false, error, status, hint?}. Writes need a bearer token.',
      license: { name: 'MIT' },
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Success: ENVELOPE_OK, Error: ENVELOPE_ERROR },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'LODESTONE_API_TOKEN or "api_token" in .lodestone/config.json' } },
    },
    paths,
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

const html = (s: unknown): string => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function typeText(s: JsonSchema): string {
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).join(' | ');
  const parts = [s.type ?? 'any', s.pattern ? `pattern ${s.pattern}` : '', s.default !== undefined ? `default ${JSON.stringify(s.default)}` : ''].filter(Boolean);
  return parts.join(', ');
}

/** The docs page: the document as plain HTML (no scripts, no styles, nothing from a CDN). */
export function docsPage(doc: OpenApiDocument): string {
  const sections: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops) as [string, ReturnType<typeof operation>][]) {
      const params = op.parameters.length
        ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Type</th></tr></thead><tbody>${op.parameters
            .map((p) => `<tr><td><code>${html(p.name)}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td>${html(typeText(p.schema))}</td></tr>`)
            .join('')}</tbody></table>`
        : '';
      const body = op.requestBody ? `<p>JSON body schema:</p><pre>${html(JSON.stringify(op.requestBody.content['application/json'].schema, null, 2))}</pre>` : '';
      sections.push(
        `<section id="${html(op.operationId)}"><h3><code>${method.toUpperCase()} ${html(path)}</code>${'security' in op ? ' (write: bearer token)' : ''}</h3><p>${html(op.summary)}</p>${op.description ? `<p>${html(op.description)}</p>` : ''}${params}${body}<p>Responses: ${Object.keys(op.responses).join(', ')}</p></section>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Lodestone API</title></head>
<body><main><h1>Lodestone API ${html(doc.info.version)}</h1><p>${html(doc.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
${sections.join('\n')}
</main></body></html>
`;
}
