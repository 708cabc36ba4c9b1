#!/usr/bin/env node
// Benchmark: build a database from the bundled tables (the product path: `lodestone db build`)
// against a floor in the same run: a plain prepared-INSERT loop over the same, already parsed rows
// into the same schema in one transaction. Prints time, rows/s, peak memory and the ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../dist/store/connection.js';
import { migrateToLatest } from '../dist/store/migrate.js';
import { loadBundle, referenceTables } from '../dist/ingest/load-bundle.js';
import { readBundleTable, readManifest } from '../dist/ingest/bundle.js';
import { BUNDLED_TABLES } from '../dist/store/schema.js';

const dataDir = resolve(import.meta.dirname, '..', 'data');
const dir = mkdtempSync(join(tmpdir(), 'lodestone-bench-'));
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 20);

async function product(file) {
  const t0 = performance.now();
  const store = await openStore(file);
  await migrateToLatest(store);
  const { counts } = await loadBundle(store, dataDir);
  await store.close();
  return { ms: performance.now() - t0, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
}

async function floor(file) {
  // Parse outside the timed part: the floor is the cost of inserting alone.
  const manifest = readManifest(dataDir);
  const ref = referenceTables();
  const tables = BUNDLED_TABLES.map((t) => [t, ref[t] ?? readBundleTable(dataDir, t, manifest)]);
  tables.push(['commodity_hs', readBundleTable(dataDir, 'commodity_hs', manifest)]);
  const store = await openStore(file);
  await migrateToLatest(store);
  await store.close();
  const db = new Database(file);
  const t0 = performance.now();
  let rows = 0;
  db.exec('BEGIN');
  for (const [t, list] of tables) {
    if (list.length === 0) continue;
    const cols = Object.keys(list[0]);
    const stmt = db.prepare(`INSERT INTO "${t}" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`);
    for (const r of list) stmt.run(cols.map((c) => r[c] ?? null));
    rows += list.length;
  }
  db.exec('COMMIT');
  db.close();
  return { ms: performance.now() - t0, rows };
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const best = async (fn, name) => {
  let b;
  for (let i = 0; i < runs; i++) {
    const r = await fn(join(dir, `${name}-${i}.db`));
    if (!b || r.ms < b.ms) b = r;
  }
  return b;
};
// The product runs first, so its peak memory is measured before the floor holds every parsed row.
const p = await best(product, 'product');
sample();
const productPeak = peak;
const f = await best(floor, 'floor');
sample();
clearInterval(timer);
rmSync(dir, { recursive: true, force: true });
const rate = (r) => Math.round(r.rows / (r.ms / 1000)).toLocaleString('en-US');
console.log(`rows: ${p.rows.toLocaleString('en-US')} (best of ${runs})`);
console.log(`floor   (prepared INSERT loop, rows pre-parsed): ${(f.ms / 1000).toFixed(2)} s, ${rate(f)} rows/s`);
console.log(`product (lodestone db build, parse + migrate + load): ${(p.ms / 1000).toFixed(2)} s, ${rate(p)} rows/s`);
console.log(`ratio product/floor: ${(p.ms / f.ms).toFixed(2)}×  (target ≤ 2×, under 5 s)`);
console.log(`peak memory (RSS) while building: ${(productPeak / 1024 / 1024).toFixed(0)} MB  (target < 1024 MB); with the floor's parsed rows: ${(peak / 1024 / 1024).toFixed(0)} MB`);
