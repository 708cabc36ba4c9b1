import { z } from 'zod';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { dayOf } from '../../domain/restrictions.js';
import { toCsv } from '../../ingest/csv-write.js';
import { criticalityTable, CRITICALITY_COLUMNS } from '../profiles/criticality.js';
import { riskProfile } from '../profiles/risk-profile.js';
import { alternativeSuppliers } from '../profiles/suppliers.js';
import { dayParam, importerParam, iso3List, partialDateParam, route, sourceParam, stageParam, today, tradeStageParam, yearParam } from '../route.js';

const commodityPath = z.object({ commodity: z.string().min(1) });

export const riskRoutes = [
  route({
    method: 'get',
    path: '/api/risk/:commodity',
    tag: 'risk',
    summary: 'GeoPolRisk of an importer for a commodity (`lodestone risk --json`): HHI, import risk, score, CF',
    description: '`importer` is required (ISO3, a name, or a region such as EU27); `year`, `source` (wmd|usgs), `trade` (a trade dataset id) and `stage` (ore|refined) as the CLI flags.',
    cached: true,
    params: commodityPath,
    query: z
      .object({ importer: importerParam, year: yearParam.optional(), source: sourceParam.optional(), trade: z.string().regex(/^[a-z0-9-]+$/, 'must be a trade dataset id such as baci-atlas-2024-complete').optional(), stage: tradeStageParam.optional() })
      .strict(),
    handle: async ({ params, query, deps }) => ({
      data: await riskProfile(deps.store.db, { commodityId: findCommodity(params.commodity), importer: query.importer, year: query.year, source: query.source, trade: query.trade, stage: query.stage }),
    }),
  }),
  route({
    method: 'get',
    path: '/api/suppliers/:commodity',
    tag: 'risk',
    summary: 'Alternative suppliers ranked for an importer (`lodestone suppliers --json`), the C5 always listed',
    description: '`importer` is required; `exclude` is a comma-separated list (CHN,RUS); `on` is the date restriction status is read on (default today).',
    cached: true,
    params: commodityPath,
    query: z.object({ importer: importerParam, exclude: iso3List.optional(), stage: stageParam.optional(), on: partialDateParam.optional() }).strict(),
    handle: async ({ params, query, deps }) => ({
      data: await alternativeSuppliers(deps.store.db, {
        commodityId: findCommodity(params.commodity),
        importer: findCountry(query.importer),
        exclude: (query.exclude ?? []).map(findCountry),
        date: query.on ? dayOf(query.on) : today(deps),
        stage: query.stage,
      }),
    }),
  }),
  route({
    method: 'get',
    path: '/api/criticality',
    tag: 'risk',
    summary: 'Every commodity ranked by GeoPolRisk for an importer, with exposure and restrictions in force (`lodestone criticality`); JSON or CSV',
    cached: true,
    alternates: ['text/csv'],
    query: z.object({ importer: importerParam, on: dayParam.optional(), source: sourceParam.optional(), format: z.enum(['json', 'csv']).default('json') }).strict(),
    handle: async ({ query, deps }) => {
      const t = await criticalityTable(deps.store.db, { importer: query.importer, on: query.on ?? today(deps), sources: query.source ? [query.source] : undefined });
      if (query.format === 'csv') {
        return { raw: toCsv([...CRITICALITY_COLUMNS], t.rows.map((r) => ({ ...r, restrictions_in_force: r.restrictions_in_force.join(';') }))), contentType: 'text/csv; charset=utf-8' };
      }
      return { data: t };
    },
  }),
];
