import { z } from 'zod';
import { normalizeName } from '../../domain/text.js';
import { searchAll } from '../../store/queries/search.js';
import { route } from '../route.js';

export const searchRoutes = [
  route({
    method: 'get',
    path: '/api/search',
    tag: 'search',
    summary: 'Commodities, countries, groups, facilities, people and organisations by name or alias (`lodestone search --json`)',
    cached: true,
    query: z
      .object({
        q: z.string().max(200).refine((t) => normalizeName(t).length > 0, 'needs some text to look for'),
        limit: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).refine((n) => n >= 1 && n <= 100, 'must be between 1 and 100').default(20),
      })
      .strict(),
    handle: async ({ query, deps }) => ({ data: { query: query.q, hits: await searchAll(deps.store.db, normalizeName(query.q), query.limit) } }),
  }),
];
