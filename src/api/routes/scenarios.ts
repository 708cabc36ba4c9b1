import { z } from 'zod';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../../analytics/monte-carlo.js';
import { PARAMETER_NAMES, type ParameterName } from '../../analytics/scenario-parameters.js';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { loadScenarioData, runScenario } from '../profiles/scenario-run.js';
import { route } from '../route.js';

/** Monte-Carlo runs a request may ask for (the CLI allows more; an HTTP request must stay short). */
export const MAX_API_RUNS = 20_000;

/** The ranges `lodestone scenario --param` enforces. */
function paramInRange(name: ParameterName, v: number): boolean {
  if (!Number.isFinite(v) || v < 0) return false;
  if (name === 'demandElasticity' && v <= 0) return false;
  if ((name === 'rampUp' || name === 'stockCover') && v > 1) return false;
  if (name === 'utilisation' && (v <= 0 || v > 1)) return false;
  return true;
}

export const ScenarioBody = z
  .object({
    commodity: z.string().min(1),
    supplier: z.string().min(1).optional(),
    cut: z.number().min(0).max(1).optional(),
    targets: z.array(z.string().min(1)).min(1).max(300).optional(),
    additions: z.array(z.object({ country: z.string().min(1), tonnes: z.number().positive(), year: z.number().int().min(1900).max(2100).optional() }).strict()).max(50).default([]),
    demand: z.number().gt(-1, 'must be a relative change above -1 (e.g. -0.1 for 10 % less)').default(0),
    runs: z.number().int().min(1).max(MAX_API_RUNS).default(DEFAULT_RUNS),
    seed: z.number().int().default(DEFAULT_SEED),
    params: z.partialRecord(z.enum(PARAMETER_NAMES as [ParameterName, ...ParameterName[]]), z.number()).default({}),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.cut !== undefined && !b.supplier) ctx.addIssue({ code: 'custom', path: ['cut'], message: 'needs a supplier' });
    if (b.targets && !b.supplier) ctx.addIssue({ code: 'custom', path: ['targets'], message: 'needs a supplier' });
    if (!b.supplier && b.additions.length === 0 && b.demand === 0) ctx.addIssue({ code: 'custom', path: ['supplier'], message: 'nothing to change: give a supplier (and cut), additions or a demand change' });
    for (const [name, v] of Object.entries(b.params)) {
      if (v !== undefined && !paramInRange(name as ParameterName, v)) ctx.addIssue({ code: 'custom', path: ['params', name], message: 'is out of range (elasticities ≥ 0, demand > 0; rampUp, stockCover in 0–1; utilisation in (0, 1])' });
    }
  });

export const scenarioRoutes = [
  route({
    method: 'post',
    path: '/api/scenarios',
    tag: 'risk',
    summary: 'A what-if (`lodestone scenario --json`): export cut, new supply, demand change → price band, shares, shortfalls, headroom',
    description: `JSON body: {"commodity": "gallium", "supplier": "CHN", "cut": 1, "targets": ["USA"], "additions": [{"country": "KAZ", "tonnes": 5000, "year": 2027}], "demand": -0.1, "runs": ${DEFAULT_RUNS}, "seed": ${DEFAULT_SEED}, "params": {"supplyElasticity": 0.3}}. Deterministic for a seed; runs at most ${MAX_API_RUNS}. Parameters: ${PARAMETER_NAMES.join(', ')}.`,
    body: ScenarioBody,
    handle: async ({ body, deps }) => {
      const commodityId = findCommodity(body.commodity);
      const supplier = body.supplier ? findCountry(body.supplier) : null;
      const patch = {
        supplier,
        cut: supplier ? (body.cut ?? 1) : 0,
        targets: body.targets ? [...new Set(body.targets.map(findCountry))] : null,
        additions: body.additions.map((a) => ({ iso3: findCountry(a.country), tonnes: a.tonnes, year: a.year ?? null })),
        demandChange: body.demand,
      };
      // Same request, same answer (seeded): keep it in the response cache.
      const key = deps.cache.key('', '/api/scenarios', JSON.stringify({ commodityId, patch, runs: body.runs, seed: body.seed, params: body.params }));
      const hit = deps.cache.get(key);
      if (hit) return { raw: hit.body, contentType: hit.contentType };
      const loaded = await loadScenarioData(deps.store.db, commodityId);
      const report = runScenario(loaded, { commodityId, patch, runs: body.runs, seed: body.seed, overrides: body.params });
      const raw = JSON.stringify({ ok: true, data: report });
      deps.cache.set(key, raw, 'application/json; charset=utf-8');
      return { raw, contentType: 'application/json; charset=utf-8' };
    },
  }),
];
