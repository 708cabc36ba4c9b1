import { z } from 'zod';
import { findCountry } from '../../domain/countries.js';
import { countryProfile } from '../profiles/country-profile.js';
import { dayParam, route, today } from '../route.js';

export const countryRoutes = [
  route({
    method: 'get',
    path: '/api/countries/:iso3',
    tag: 'countries',
    summary: 'The country profile (`lodestone country --json`): positions in world supply, reserves, governance, facilities, events by counterpart, restrictions',
    description: 'The path takes an ISO3 code or a name (Kazakhstan, KAZ). Restrictions are read on `on` (default today).',
    cached: true,
    params: z.object({ iso3: z.string().min(1) }),
    query: z.object({ on: dayParam.optional() }).strict(),
    handle: async ({ params, query, deps }) => ({ data: await countryProfile(deps.store.db, findCountry(params.iso3), query.on ?? today(deps)) }),
  }),
];
