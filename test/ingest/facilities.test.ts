import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import type { FacilityRecord, FacilitySourceRecord } from '../../src/domain/records.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport, type ImportReport } from '../../src/ingest/report.js';
import { runImport } from '../../src/ingest/run-import.js';
import { facilitiesImporter } from '../../src/ingest/sources/facilities.js';
import { distanceKm } from '../../src/ingest/sources/facilities-merge.js';
import { siteKey, splitAlternates } from '../../src/ingest/sources/facilities-names.js';
import type { ParsedImport } from '../../src/ingest/types.js';
import { curatedFile, describeWithShared, rawFile } from '../support/shared.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';

const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'facilities', name);
const ICMM = fixture('icmm_sites_2025.csv');
const PORPHYRY = fixture('PorCu_sites_2008.csv');
const CURATED = fixture('deposits.csv');
const FIXTURES = [ICMM, PORPHYRY, CURATED];

const tmp = mkdtempSync(join(tmpdir(), 'lodestone-facilities-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function parseFiles(files: string[], vintage?: string): Promise<{ parsed: ParsedImport; report: ImportReport }> {
  const report = newReport('facilities', files);
  const parsed = await facilitiesImporter.parse(files, { report, progress: silentProgress, now: () => new Date('2026-11-29T00:00:00Z'), options: { vintage } });
  return { parsed, report };
}

function rows(parsed: ParsedImport): { facilities: FacilityRecord[]; sources: FacilitySourceRecord[] } {
  return { facilities: parsed.tables.facility ?? [], sources: parsed.tables.facility_source ?? [] };
}

async function parseError(files: string[]): Promise<DataError> {
  const err = await parseFiles(files).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(DataError);
  return err as DataError;
}

describe('splitAlternates', () => {
  it('splits parenthesised and slashed alternates', () => {
    expect(splitAlternates('Aktogay (Aktogai) copper mine')).toEqual(['Aktogay copper mine', 'Aktogai']);
    expect(splitAlternates('Zeravshan / Zarafshon gold (Jilau, Taror)')).toEqual(['Zeravshan', 'Zarafshon gold', 'Jilau', 'Taror']);
    expect(splitAlternates('Mynkuduk uranium deposit (West: APPAK; East: Stepnoye-RU)')).toEqual(['Mynkuduk uranium deposit', 'APPAK', 'Stepnoye-RU']);
  });
});

describe('siteKey', () => {
  it('drops generic and commodity words and spaces, and reads Roman numerals as digits', () => {
    expect(siteKey('Aktogay copper mine')).toBe('aktogay');
    expect(siteKey('Sary Cheku Mine')).toBe(siteKey('Sarycheku'));
    expect(siteKey('Yoshlik I copper-molybdenum deposit')).toBe(siteKey('Yoshlik 1'));
    expect(siteKey('copper mine')).toBe('');
  });
});

describe('distanceKm', () => {
  it('gives about 111 km per degree of latitude', () => {
    expect(distanceKm({ lat: 45, lon: 70 }, { lat: 46, lon: 70 })).toBeCloseTo(111.2, 0);
  });
});

describe('facilitiesImporter.parse (fixtures)', () => {
  let parsed: ParsedImport;
  let report: ImportReport;
  beforeAll(async () => {
    ({ parsed, report } = await parseFiles(FIXTURES));
  });

  it('reads every row of the three files and keeps one source row each', () => {
    expect(report.rowsRead).toBe(10);
    expect(rows(parsed).sources).toHaveLength(10);
    expect(parsed.datasets.map((d) => [d.id, d.vintage, d.row_count])).toEqual([
      ['icmm-gmd', '2025', 5],
      ['usgs-porphyry-cu', '2008', 3],
      ['curated-deposits', '2026', 2],
    ]);
  });

  it('merges the same site from the three datasets into one facility with the curated id and name', () => {
    const { facilities, sources } = rows(parsed);
    const karatau = facilities.find((f) => f.id === 'fac-kaz-karatau-hill');
    expect(karatau).toMatchObject({ name: 'Karatau Hill (Qaratau) copper mine', country_iso3: 'KAZ', lat: 45, lon: 70, coord_precision: 'exact', kind: 'mine', status: 'producing' });
    expect(sources.filter((s) => s.facility_id === 'fac-kaz-karatau-hill').map((s) => s.source_key)).toEqual(['dep-kaz-karatau-hill', 'TEST0001', '901']);
    expect(karatau?.commodities.split(';')).toEqual(['copper', 'gold', 'silver', 'molybdenum']);
  });

  it('keeps a smelter of the same name apart from the mine (one record per dataset, a deposit prefers the mine)', () => {
    const smelter = rows(parsed).sources.find((s) => s.source_key === 'TEST0002');
    expect(smelter?.facility_id).not.toBe('fac-kaz-karatau-hill');
  });

  it('merges a one-letter spelling difference within 20 km but not the same name 111 km away', () => {
    const { sources } = rows(parsed);
    const byKey = (k: string): string | undefined => sources.find((s) => s.source_key === k)?.facility_id;
    expect(byKey('902')).toBe(byKey('TEST0004'));
    expect(byKey('903')).not.toBe(byKey('TEST0004'));
  });

  it('keeps a site without coordinates, with precision none', () => {
    const zhaksy = rows(parsed).facilities.find((f) => f.id === 'fac-kaz-zhaksy');
    expect(zhaksy).toMatchObject({ lat: null, lon: null, coord_precision: 'none', kind: 'deposit', commodities: 'tungsten' });
  });

  it('turns porphyry tonnage and grades into a size note, leaving out grades of 0', () => {
    const lakeside = rows(parsed).facilities.find((f) => f.id === 'fac-usa-lakeside-mine');
    expect(lakeside?.size_note).toBe('USGS 2008: 300 Mt ore at 0.5 % Cu, 2.1 g/t Ag');
    expect(lakeside?.coord_precision).toBe('exact');
  });

  it('warns about unknown commodities and countries and keeps them in the source note', () => {
    const messages = report.warnings.map((w) => w.message);
    expect(messages).toContain('commodity "bopperx" is not in the commodity table (kept in the source note)');
    expect(messages).toContain('commodity "unobtainium" is not in the commodity table (kept in the source note)');
    expect(messages).toContain('unknown country "Atlantis" (site kept without a country)');
    expect(rows(parsed).sources.find((s) => s.source_key === 'TEST0003')?.note).toContain('unresolved commodities: bopperx');
    expect(rows(parsed).facilities.find((f) => f.id === 'fac-xxx-nowhere-pit')?.country_iso3).toBeNull();
  });

  it('reads a Unicode minus sign as a negative coordinate, with a warning naming the cell', () => {
    expect(rows(parsed).sources.find((s) => s.source_key === 'TEST0003')?.lat).toBe(-23.5);
    expect(report.warnings.find((w) => w.message.includes('Unicode minus'))).toMatchObject({ row: 4, column: 'Latitude' });
  });

  it('replaces every facility and facility source row', () => {
    expect(parsed.replace.slice(0, 2)).toEqual([{ table: 'facility_source' }, { table: 'facility' }]);
  });
});

describe('facilitiesImporter.parse (bad input)', () => {
  it('rejects a wrong header, naming the missing column', async () => {
    const err = await parseError([fixture('icmm_wrong_header_2025.csv'), PORPHYRY, CURATED]);
    expect(err.location).toMatchObject({ row: 1 });
    expect(err.message).toContain('"Latitude"');
  });
  it('rejects a file that is none of the three datasets', async () => {
    const err = await parseError([fixture('unknown_header.csv'), PORPHYRY, CURATED]);
    expect(err.message).toContain('unexpected header');
    expect(err.hint).toContain('ICMMID');
  });
  it('rejects a truncated row, naming the line', async () => {
    const err = await parseError([fixture('icmm_truncated_2025.csv'), PORPHYRY, CURATED]);
    expect(err.location.row).toBe(3);
    expect(err.message).toContain('truncated');
  });
  it('rejects text in a number column, naming row and column', async () => {
    const err = await parseError([fixture('icmm_text_number_2025.csv'), PORPHYRY, CURATED]);
    expect(err.location).toMatchObject({ row: 3, column: 'Latitude' });
  });
  it('rejects an empty file', async () => {
    const err = await parseError([fixture('empty.csv'), PORPHYRY, CURATED]);
    expect(err.message).toContain('file is empty');
  });
  it('rejects a binary file', async () => {
    const binary = join(tmp, 'icmm_binary_2025.csv');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    const err = await parseError([binary, PORPHYRY, CURATED]);
    expect(err.message).toContain('binary');
  });
  it('rejects a duplicate curated id, naming row and column', async () => {
    const err = await parseError([ICMM, PORPHYRY, fixture('deposits_duplicate_id.csv')]);
    expect(err.location).toMatchObject({ row: 3, column: 'id' });
  });
  it('needs --vintage for a file whose name carries no year', async () => {
    const unnamed = join(tmp, 'icmm_sites.csv');
    copyFileSync(ICMM, unnamed);
    const err = await parseError([unnamed, PORPHYRY, CURATED]);
    expect(err.hint).toContain('--vintage');
    const { parsed } = await parseFiles([unnamed, PORPHYRY, CURATED], '2027');
    expect(parsed.datasets[0]).toMatchObject({ id: 'icmm-gmd', vintage: '2027' });
  });
});

describeEachStore('facilities import', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await freshStore(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  async function counts(): Promise<number[]> {
    const f = await t.store.db.selectFrom('facility').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const s = await t.store.db.selectFrom('facility_source').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const d = await t.store.db.selectFrom('dataset').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return [Number(f.n), Number(s.n), Number(d.n)];
  }

  it('importing twice leaves the row counts unchanged', async () => {
    await runImport(t.store, facilitiesImporter, FIXTURES);
    const first = await counts();
    expect(first).toEqual([7, 10, 3]);
    await runImport(t.store, facilitiesImporter, FIXTURES);
    expect(await counts()).toEqual(first);
  });

  it('a corrupted copy fails and leaves the database as it was', async () => {
    await runImport(t.store, facilitiesImporter, FIXTURES);
    const before = await counts();
    await expect(runImport(t.store, facilitiesImporter, [fixture('icmm_text_number_2025.csv'), PORPHYRY, CURATED])).rejects.toThrow(DataError);
    expect(await counts()).toEqual(before);
    const karatau = await t.store.db.selectFrom('facility').selectAll().where('id', '=', 'fac-kaz-karatau-hill').executeTakeFirst();
    expect(karatau?.coord_precision).toBe('exact');
  });
});

describeWithShared('facilitiesImporter.parse (real files)', () => {
  let parsed: ParsedImport;
  let report: ImportReport;
  const sourcesOf = (id: string): FacilitySourceRecord[] => rows(parsed).sources.filter((s) => s.facility_id === id);
  beforeAll(async () => {
    ({ parsed, report } = await parseFiles([
      rawFile('icmm-global-mining-dataset-2025', 'icmm_global_mining_dataset_2025_external.csv'),
      rawFile('usgs-porphyry-copper-deposits-2008', 'PorCuEX2008.csv'),
      curatedFile('deposits.csv'),
    ]));
  });

  it('reads 8,508 ICMM, 690 USGS and 52 curated rows, each kept as a facility source', () => {
    expect(parsed.datasets.map((d) => [d.id, d.vintage, d.row_count])).toEqual([
      ['icmm-gmd', '2025', 8508],
      ['usgs-porphyry-cu', '2008', 690],
      ['curated-deposits', '2026', 52],
    ]);
    expect(rows(parsed).sources).toHaveLength(9250);
    expect(rows(parsed).facilities.length).toBeLessThan(9250);
  });

  it('merges Almalyk from all three datasets', () => {
    // ICMM file line 7814: ICMM13285 "Almalyk concentrator", High, 40.85755601, 69.53490915 (Mine;Smelter;Refinery).
    // PorCuEX2008.csv record on lines 5578-5590: "Almalyk", includes Kal'makyr, DepositID 411, 6,080 Mt at 0.39 % Cu.
    // deposits.csv line 30: dep-uzb-almalyk-kalmakyr "Almalyk (Kalmakyr) copper-gold complex", the ICMM point.
    const almalyk = rows(parsed).facilities.find((f) => f.id === 'fac-uzb-almalyk-kalmakyr');
    expect(almalyk).toMatchObject({ country_iso3: 'UZB', lat: 40.85755601, lon: 69.53490915, coord_precision: 'exact', status: 'producing' });
    expect(sourcesOf('fac-uzb-almalyk-kalmakyr').map((s) => `${s.dataset}:${s.source_key}`)).toEqual([
      'curated-deposits:dep-uzb-almalyk-kalmakyr',
      'icmm-gmd:ICMM13285',
      'usgs-porphyry-cu:411',
    ]);
  });

  it('merges Aktogay / Aktogai and Bozshakol / Boshchekul (the mine, not the Boshchekul Plant)', () => {
    // ICMM line 2545: ICMM07909 "Aktogay"; PorCuEX2008 DepositID 432 "Aktogai" (other names Aktogay, Aqtogai); deposits.csv line 20.
    expect(sourcesOf('fac-kaz-aktogay').map((s) => s.source_key)).toEqual(['dep-kaz-aktogay', 'ICMM07909', '432']);
    // ICMM line 2658: ICMM08032 "Bozshakol"; PorCuEX2008 DepositID 420 "Boshchekul" (other name Bozshakol); deposits.csv line 21.
    expect(sourcesOf('fac-kaz-bozshakol').map((s) => s.source_key)).toEqual(['dep-kaz-bozshakol', 'ICMM08032', '420']);
  });

  it('keeps the 27 curated sites without coordinates, with precision none', () => {
    // deposits.csv line 2: dep-kaz-severny-katpar has no lat/lon (README: 25 of 52 rows have coordinates).
    expect(rows(parsed).facilities.find((f) => f.id === 'fac-kaz-severny-katpar')).toMatchObject({ lat: null, coord_precision: 'none', status: 'development' });
    const unlocated = rows(parsed).sources.filter((s) => s.dataset === 'curated-deposits' && s.lat === null);
    expect(unlocated).toHaveLength(27);
  });

  it('reads the one Unicode minus sign in the ICMM file', () => {
    // ICMM file line 2417: ICMM07721, Latitude "−23.8901".
    expect(rows(parsed).sources.find((s) => s.source_key === 'ICMM07721')?.lat).toBe(-23.8901);
    expect(report.warnings.find((w) => w.message.includes('Unicode minus'))?.row).toBe(2417);
  });
});
