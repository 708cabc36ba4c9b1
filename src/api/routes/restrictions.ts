import { z } from 'zod';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { restrictionsList } from '../profiles/restrictions-list.js';
import { dayParam, route, today } from '../route.js';

export const restrictionRoutes = [
  route({
    method: 'get',
    path: '/api/restrictions',
    tag: 'restrictions',
    summary: 'Export-restriction measures with their status on a date (`lodestone restrictions --json`)',
    description: '`on` defaults to today; `imposer` and `country` (imposed by or targeting) take names or ISO3 codes; `status` keeps one status.',
    cached: true,
    query: z
      .object({
        on: dayParam.optional(),
        imposer: z.string().min(1).optional(),
        commodity: z.string().min(1).optional(),
        country: z.string().min(1).optional(),
        status: z.enum(['announced', 'in_force', 'suspended', 'lifted']).optional(),
      })
      .strict(),
    handle: async ({ query, deps }) => {
      const on = query.on ?? today(deps);
      const q = {
        on,
        commodityId: query.commodity ? findCommodity(query.commodity) : undefined,
        imposer: query.imposer ? findCountry(query.imposer) : undefined,
        involving: query.country ? findCountry(query.country) : undefined,
      };
      const items = (await restrictionsList(deps.store.db, q)).filter((r) => !query.status || r.status === query.status);
      return {
        data: { on, filters: { commodity: q.commodityId ?? null, imposer: q.imposer ?? null, country: q.involving ?? null, status: query.status ?? null }, restrictions: items },
      };
    },
  }),
];
