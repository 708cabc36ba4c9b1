import { z } from 'zod';
import { allCommodities, findCommodity } from '../../domain/commodities.js';
import { commodityProfile } from '../profiles/commodity-profile.js';
import { concentrationSeries } from '../profiles/concentration-series.js';
import { route, sourceParam, stageParam, yearParam } from '../route.js';

const idParam = z.object({ id: z.string().min(1) });

export const commodityRoutes = [
  route({
    method: 'get',
    path: '/api/commodities',
    tag: 'commodities',
    summary: 'Every commodity Lodestone knows: id, name, symbol, basis, aliases, critical-list flags',
    cached: true,
    query: z.object({}).strict(),
    handle: async () => ({
      data: allCommodities().map((c) => ({
        id: c.id,
        name: c.name,
        symbol: c.symbol,
        basis: c.basis,
        aliases: c.aliases,
        usgs_critical_2025: c.usgsCritical2025,
        eu_critical_2023: c.euCritical2023,
        eu_strategic_2023: c.euStrategic2023,
      })),
    }),
  }),
  route({
    method: 'get',
    path: '/api/commodities/:id',
    tag: 'commodities',
    summary: 'The commodity profile: the JSON of `lodestone commodity --json`',
    description:
      'Production by country with shares, HHI (0–1, 0–10,000, normalised), top-3, China/Russia/C5 shares, reserves, US net import reliance and import sources, critical-list flags, Central Asian facilities, the other source beside, and every dataset cited. The id is forgiving: a name, alias or symbol (W, wolfram). Unknown → 404 with suggestions.',
    cached: true,
    params: idParam,
    query: z.object({ year: yearParam.optional(), stage: stageParam.optional(), source: sourceParam.optional(), vintage: z.string().regex(/^\d{4}$/, 'must be a vintage YYYY').optional() }).strict(),
    handle: async ({ params, query, deps }) => ({
      data: await commodityProfile(deps.store.db, { commodityId: findCommodity(params.id), year: query.year, stage: query.stage, source: query.source, vintage: query.vintage }),
    }),
  }),
  route({
    method: 'get',
    path: '/api/commodities/:id/series',
    tag: 'commodities',
    summary: 'Concentration per year (`lodestone concentration --json`): HHI conventions, top-3, CHN/RUS/C5 shares, governance-weighted HHI',
    cached: true,
    params: idParam,
    query: z.object({ source: z.enum(['usgs', 'wmd', 'all']).default('all'), stage: stageParam.optional() }).strict(),
    handle: async ({ params, query, deps }) => ({
      data: await concentrationSeries(deps.store.db, {
        commodityId: findCommodity(params.id),
        sources: query.source === 'all' ? undefined : [query.source],
        stages: query.stage ? [query.stage] : undefined,
      }),
    }),
  }),
];
