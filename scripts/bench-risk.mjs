#!/usr/bin/env node
// Benchmark (run pinned to one core: `npm run bench:risk` = taskset -c 0 node scripts/bench-risk.mjs).
// 1. The criticality matrix for the USA over all covered cells: inputs loaded once, evaluated in
//    memory — against a naive baseline in the same run that answers each cell with its own
//    database queries (riskProfile per cell).
// 2. A 1,200-run Monte-Carlo export-ban scenario (largest producer cuts all exports) over 84
//    commodities, the scale of the USGS 2025 assessment — against a naive baseline that reloads
//    the scenario inputs from the database for every evaluation (timed on a sample).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../dist/store/connection.js';
import { migrateToLatest } from '../dist/store/migrate.js';
import { loadBundle } from '../dist/ingest/load-bundle.js';
import { loadCriticalityInputs, evaluateCriticality } from '../dist/api/profiles/criticality.js';
import { riskProfile } from '../dist/api/profiles/risk-profile.js';
import { loadScenarioData, loadScenarioDataMany, runScenario } from '../dist/api/profiles/scenario-run.js';
import { allCommodities } from '../dist/domain/commodities.js';

const dir = mkdtempSync(join(tmpdir(), 'lodestone-bench-risk-'));
const store = await openStore(join(dir, 'bench.db'));
await migrateToLatest(store);
await loadBundle(store, resolve(import.meta.dirname, '..', 'data'));
const db = store.db;
const on = '2025-12-01';
const secs = (t0) => (performance.now() - t0) / 1000;

// 1. Criticality matrix
let t0 = performance.now();
const table = evaluateCriticality(await loadCriticalityInputs(db, { importer: 'USA', on }));
const matrixS = secs(t0);
const cells = table.rows.length;
t0 = performance.now();
let naiveCells = 0;
for (const row of table.rows) {
  try {
    await riskProfile(db, { commodityId: row.commodity_id, importer: 'USA', year: row.year, stage: row.stage });
  } catch {
    // a cell the per-cell path cannot answer still cost its queries
  }
  naiveCells += 1;
}
const naiveMatrixS = secs(t0);
console.log(`criticality matrix (USA, ${cells} ranked cells; ${table.coverage.covered} covered of ${table.coverage.cells}):`);
console.log(`  product (load once, evaluate in memory): ${matrixS.toFixed(3)} s, ${(cells / matrixS).toFixed(0)} cells/s  (target: under 1 s)`);
console.log(`  naive   (queries per cell):              ${naiveMatrixS.toFixed(3)} s, ${(naiveCells / naiveMatrixS).toFixed(0)} cells/s`);
console.log(`  speed-up: ${(naiveMatrixS / matrixS).toFixed(1)}×`);

// 2. Monte-Carlo over 84 commodities
const RUNS = 1200;
const WANT = 84;
t0 = performance.now();
const loaded = await loadScenarioDataMany(db, allCommodities().map((c) => c.id));
const loadS = secs(t0);
const cases = [];
for (const [id, l] of loaded) {
  const top = [...l.table.producers].filter((p) => (p.value ?? 0) > 0).sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  if (!top) continue;
  const req = { commodityId: id, patch: { supplier: top.iso3, cut: 1, targets: null, additions: [], demandChange: 0 }, runs: RUNS, seed: 1 };
  try {
    runScenario(l, { ...req, runs: 1 });
    cases.push({ l, req });
  } catch {
    // a commodity whose top producer has no usable figure is not a case
  }
  if (cases.length === WANT) break;
}
t0 = performance.now();
for (const { l, req } of cases) runScenario(l, req);
const mcS = secs(t0);
const evaluations = cases.length * RUNS;
const SAMPLE = 20;
t0 = performance.now();
for (let i = 0; i < SAMPLE; i += 1) {
  const { req } = cases[i % cases.length];
  runScenario(await loadScenarioData(db, req.commodityId), { ...req, runs: 1 });
}
const naivePerEval = secs(t0) / SAMPLE;
console.log(`Monte-Carlo (${cases.length} commodities × ${RUNS} runs = ${evaluations.toLocaleString('en-US')} evaluations):`);
console.log(`  inputs loaded once: ${loadS.toFixed(2)} s`);
console.log(`  product: ${mcS.toFixed(3)} s, ${(evaluations / mcS).toFixed(0)} runs/s  (target: under 5 s)`);
console.log(`  naive (reload inputs per evaluation, timed on ${SAMPLE}): ${(1 / naivePerEval).toFixed(0)} runs/s → ${(evaluations * naivePerEval).toFixed(0)} s for all`);
console.log(`  speed-up: ${((evaluations * naivePerEval) / mcS).toFixed(0)}×`);
await store.close();
rmSync(dir, { recursive: true, force: true });
