import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundleTable, readManifest, writeBundle } from '../../src/ingest/bundle.js';
import { loadBundle } from '../../src/ingest/load-bundle.js';
import type { DatasetRecord, FigureRecord } from '../../src/domain/records.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';

const dataset: DatasetRecord = {
  id: 'fixture', vintage: '2026', title: 'Fixture', publisher: 'us', citation: 'c', licence: 'CC0', url: 'u',
  completeness: null, files: 'f.csv', row_count: 2, content_hash: 'h', imported_at: '2026-11-29T00:00:00.000Z',
};
const figures: FigureRecord[] = [
  { dataset: 'fixture', vintage: '2026', commodity_id: 'tungsten', country_iso3: 'KAZ', place: 'Kazakhstan', is_aggregate: 0, metric: 'production', stage: 'mine', series: 'Mine production', year: 2025, value: 2400, unit: 'metric tons', raw: '2,400', qualifier: 'estimated', note: '', source_row: 7 },
  { dataset: 'fixture', vintage: '2026', commodity_id: 'tungsten', country_iso3: null, place: 'World total, "rounded"', is_aggregate: 1, metric: 'production', stage: 'mine', series: 'Mine production', year: 2025, value: null, unit: 'metric tons', raw: 'W', qualifier: 'withheld', note: 'line one\nline two', source_row: 9 },
];

const dir = mkdtempSync(join(tmpdir(), 'lodestone-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeBundle / readBundleTable', () => {
  it('round-trips numbers, nulls, empty strings, quotes and newlines', () => {
    writeBundle(dir, { dataset: [dataset], figure: figures }, '2026-11-29T00:00:00.000Z');
    const manifest = readManifest(dir);
    const back = readBundleTable(dir, 'figure', manifest);
    // Sorted by the columns in order: the null country (World total) before KAZ.
    expect(back).toEqual([figures[1], figures[0]]);
    expect(manifest.tables.figure?.rows).toBe(2);
    expect(manifest.datasets[0]?.citation).toBe('c');
  });
  it('writes the same bytes and build stamp for the same rows', () => {
    const a = writeBundle(dir, { dataset: [dataset], figure: figures }, 'x');
    const textA = readFileSync(join(dir, 'figure.csv'), 'utf8');
    const b = writeBundle(dir, { dataset: [dataset], figure: [...figures].reverse() }, 'y');
    expect(readFileSync(join(dir, 'figure.csv'), 'utf8')).toBe(textA);
    expect(b.build).toBe(a.build);
  });
});

describeEachStore('loadBundle', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    writeBundle(dir, { dataset: [dataset], figure: figures }, '2026-11-29T00:00:00.000Z');
    t = await freshStore(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });
  it('loads reference tables and bundled rows and stamps the build', async () => {
    const { counts, manifest } = await loadBundle(t.store, dir);
    expect(counts.figure).toBe(2);
    expect(counts.country).toBeGreaterThan(3);
    const kaz = await t.store.db.selectFrom('figure').selectAll().where('country_iso3', '=', 'KAZ').executeTakeFirstOrThrow();
    expect(kaz.value).toBe(2400);
    const stamp = await t.store.db.selectFrom('meta').select('value').where('key', '=', 'data_build').executeTakeFirstOrThrow();
    expect(stamp.value).toBe(manifest.build);
  });
});
