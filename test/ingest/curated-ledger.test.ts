import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import type { EventRecord, RestrictionRecord } from '../../src/domain/records.js';
import { dayOf, restrictionStatusOn } from '../../src/domain/restrictions.js';
import { normalizeName } from '../../src/domain/text.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport, type ImportReport } from '../../src/ingest/report.js';
import { runImport } from '../../src/ingest/run-import.js';
import { curatedLedgerImporter } from '../../src/ingest/sources/curated-ledger.js';
import { surnameAliases } from '../../src/ingest/sources/curated-people.js';
import { RESTRICTION_DETAILS } from '../../src/ingest/sources/restriction-details.js';
import type { TableName } from '../../src/store/schema.js';
import type { ParsedImport } from '../../src/ingest/types.js';
import { curatedFile, describeWithShared } from '../support/shared.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';

const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'ledger', name);
const EVENTS = fixture('events.csv');
const PEOPLE = fixture('people.csv');
const NOW = new Date('2026-11-29T00:00:00Z');

const tmp = mkdtempSync(join(tmpdir(), 'lodestone-ledger-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function parseFiles(files: string[]): Promise<{ parsed: ParsedImport; report: ImportReport }> {
  const report = newReport('curated-ledger', files);
  const parsed = await curatedLedgerImporter.parse(files, { report, progress: silentProgress, now: () => NOW, options: {} });
  return { parsed, report };
}

async function parseError(files: string[]): Promise<DataError> {
  const err = await parseFiles(files).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(DataError);
  return err as DataError;
}

const event = (p: ParsedImport, id: string): EventRecord | undefined => p.tables.event?.find((e) => e.id === id);
const measure = (p: ParsedImport, id: string): RestrictionRecord | undefined => p.tables.restriction?.find((r) => r.id === id);

describe('surnameAliases', () => {
  const owners = new Map([['toqaev', new Set(['p-kaz-tokayev'])], ['berdimuhamedow', new Set(['p-serdar', 'p-gurbanguly'])]]);
  it('adds the last word of other spellings when the person is known by the surname', () => {
    expect(surnameAliases({ id: 'p-kaz-tokayev', name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev', 'Qasym-Jomart Toqaev'] }, owners)).toEqual(['Toqaev']);
  });
  it('adds nothing where the family name comes first', () => {
    expect(surnameAliases({ id: 'p-chn-xi', name: 'Xi Jinping', aliases: ['Xi', 'Xi Jinping'] }, owners)).toEqual([]);
  });
  it('skips a surname another person shares', () => {
    expect(surnameAliases({ id: 'p-serdar', name: 'Serdar Berdimuhamedov', aliases: ['Berdimuhamedov', 'Serdar Berdimuhamedow'] }, owners)).toEqual([]);
  });
});

describe('RESTRICTION_DETAILS', () => {
  it('gives every measure a unique id, valid dates and a cited URL', () => {
    expect(new Set(RESTRICTION_DETAILS.map((d) => d.id)).size).toBe(RESTRICTION_DETAILS.length);
    for (const d of RESTRICTION_DETAILS) {
      for (const date of [d.announced, d.effective, d.suspended_from, d.suspended_until, d.lifted, ...d.history.map((h) => h.date)]) if (date) expect(() => dayOf(date)).not.toThrow();
      expect(d.citations.length).toBeGreaterThan(0);
      for (const c of d.citations) expect(c.url).toMatch(/^https?:\/\//);
      expect(d.events.length).toBeGreaterThan(0);
    }
  });
  it('has the Ga/Ge/Sb ban on exports to the US suspended on 2025-12-01 until 2026-11-27 (MOFCOM 2025 No. 72)', () => {
    const ban = RESTRICTION_DETAILS.find((d) => d.id === 'rst-chn-2024-46-us-ga-ge-sb');
    expect(ban).toMatchObject({ imposer: 'CHN', kind: 'ban', targets: ['USA'], effective: '2024-12-03', suspended_from: '2025-11-09', suspended_until: '2026-11-27' });
    expect(ban && restrictionStatusOn(ban, '2025-12-01')).toBe('suspended');
    expect(ban?.citations.map((c) => c.label).join(' ')).toContain('2025 No. 72');
  });
});

describe('curatedLedgerImporter.parse (fixtures)', () => {
  let parsed: ParsedImport;
  let report: ImportReport;
  const messages = (): string[] => report.warnings.map((w) => w.message);
  beforeAll(async () => {
    ({ parsed, report } = await parseFiles([EVENTS, PEOPLE]));
  });

  it('stores accepted events with date precision, value and one create review each', () => {
    expect(parsed.tables.event).toHaveLength(6);
    expect(event(parsed, 'ev-fixture-investment')).toMatchObject({ type: 'investment', date: '2025-06', date_precision: 'month', value_amount: 1500000, value_currency: 'EUR', value_usd: null, review_state: 'accepted', corroboration: 1, dataset: 'curated-events', sector: 'mining' });
    expect(event(parsed, 'ev-fixture-summit')).toMatchObject({ date: '2025', date_precision: 'year', sector: null, location_iso3: 'UZB' });
    expect(event(parsed, 'ev-fixture-visit')).toMatchObject({ date_precision: 'day', value_usd: 250000000 });
    expect(parsed.tables.event_review?.every((r) => r.action === 'create' && r.at === NOW.toISOString())).toBe(true);
    expect(parsed.tables.event_review).toHaveLength(6);
  });

  it('skips an event type outside the GUIDELINES vocabulary, with a warning', () => {
    expect(event(parsed, 'ev-fixture-bad-type')).toBeUndefined();
    expect(messages()).toContain('"tariff" is not one of the ten GUIDELINES event types; event skipped');
  });

  it('maps actors onto GUIDELINES canonical forms: ISO3 countries, "European Union", agencies folded into their state', () => {
    const actors = (id: string) => parsed.tables.event_actor?.filter((a) => a.event_id === id).map((a) => [a.name, a.iso3, a.role]);
    expect(actors('ev-20241203-china-bans-ga-ge-sb-superhard-exports-to-us')).toEqual([['CHN', 'CHN', 'actor'], ['USA', 'USA', 'counterpart']]);
    expect(actors('ev-fixture-investment')).toEqual([
      ['KAZ', 'KAZ', 'actor'],
      ['European Union', null, 'actor'],
      ['Development Bank of Kazakhstan', null, 'actor'],
      ['Example Mining Co', null, 'actor'],
    ]);
    expect(actors('ev-fixture-visit')).toEqual([['KAZ', 'KAZ', 'actor'], ['USA', 'USA', 'counterpart']]);
    expect(messages().some((m) => m.startsWith('"MOFCOM" acts for its state: listed as CHN'))).toBe(true);
  });

  it('creates organisation entities with their short forms as aliases, the folded agency included', () => {
    const dbk = parsed.tables.entity?.find((e) => e.id === 'org-development-bank-of-kazakhstan');
    expect(dbk).toMatchObject({ type: 'organization', country_iso3: 'KAZ', review_state: 'accepted' });
    expect(parsed.tables.entity_alias?.filter((a) => a.entity_id === dbk?.id).map((a) => a.alias)).toContain('DBK');
    expect(parsed.tables.entity?.find((e) => e.name === "Ministry of Commerce of the People's Republic of China")?.country_iso3).toBe('CHN');
    const actor = parsed.tables.event_actor?.find((a) => a.name === 'Example Mining Co');
    expect(actor?.entity_id).toBe('org-example-mining-co');
  });

  it('maps commodities: critical raw materials → critical minerals, manufactured goods dropped', () => {
    const names = (id: string) => parsed.tables.event_commodity?.filter((c) => c.event_id === id).map((c) => [c.name, c.commodity_id]);
    expect(names('ev-fixture-investment')).toEqual([['critical minerals', null], ['tungsten', 'tungsten']]);
    expect(names('ev-20241203-china-bans-ga-ge-sb-superhard-exports-to-us')).toEqual([['gallium', 'gallium'], ['germanium', 'germanium'], ['antimony', 'antimony']]);
    expect(messages()).toContain('"batteries" dropped: a manufactured good, not a commodity (GUIDELINES)');
  });

  it('reports what does not fit the GUIDELINES inventory', () => {
    expect(report.warnings.find((w) => w.message.startsWith('a referendum'))).toMatchObject({ row: 6, column: 'type' });
  });

  it('keeps one document per distinct source URL and the evidence sentence against it', () => {
    const urls = (parsed.tables.document ?? []).map((d) => d.url);
    expect(new Set(urls).size).toBe(urls.length);
    const deal = parsed.tables.document?.find((d) => d.url === 'https://example.org/deal');
    expect(deal).toMatchObject({ kind: 'curated', publisher: 'example.org', title: 'Fixture: EU and DBK fund a tungsten project', published_date: '2025-06-20', tags: 'curated-events;curated-people' });
    const evidence = parsed.tables.evidence?.find((e) => e.event_id === 'ev-fixture-summit');
    expect(evidence).toMatchObject({ document_id: deal?.id, sentence: 'Fixture sentence: the leaders met.' });
  });

  it('stores people with aliases keyed by normalizeName, Toqaev included', () => {
    const tokayev = parsed.tables.entity?.find((e) => e.id === 'p-kaz-tokayev');
    expect(tokayev).toMatchObject({ type: 'person', country_iso3: 'KAZ', role: 'President of Kazakhstan', role_start: '2022-11-26' });
    const keys = parsed.tables.entity_alias?.filter((a) => a.entity_id === 'p-kaz-tokayev').map((a) => a.alias_key);
    expect(keys).toEqual(expect.arrayContaining([normalizeName('Tokayev'), normalizeName('Toqaev'), normalizeName('Qasym-Jomart Toqaev')]));
    expect(parsed.tables.entity?.find((e) => e.id === 'p-eu-example')?.country_iso3).toBeNull();
  });

  it('feeds the restriction tables from the supplement and warns where events and measures do not meet', () => {
    const ban = measure(parsed, 'rst-chn-2024-46-us-ga-ge-sb');
    expect(ban).toMatchObject({ imposer_iso3: 'CHN', applies_to_all: 0, dataset: 'curated-restrictions' });
    expect(parsed.tables.restriction_source?.find((s) => s.restriction_id === ban?.id && s.event_id)?.url).toBe('https://example.org/mofcom-46');
    expect(messages()).toContain('export_restriction event ev-fixture-restriction-unstructured has no structured measure yet (add it to src/ingest/sources/restriction-details.ts)');
    expect(messages().some((m) => m.includes('cites event ev-20230703-china-export-controls-on-gallium-and, which is not in events.csv'))).toBe(true);
  });
});

describe('curatedLedgerImporter.parse (bad input)', () => {
  it('rejects text in a number column, naming row and column', async () => {
    const err = await parseError([fixture('events_text_value.csv'), PEOPLE]);
    expect(err.location).toMatchObject({ row: 2, column: 'value_amount' });
  });
  it('rejects a date that is not a date', async () => {
    const err = await parseError([fixture('events_bad_date.csv'), PEOPLE]);
    expect(err.location).toMatchObject({ row: 2, column: 'date' });
  });
  it('rejects a truncated row', async () => {
    const err = await parseError([fixture('events_truncated.csv'), PEOPLE]);
    expect(err.location.row).toBe(3);
  });
  it('rejects a header missing a column, naming it', async () => {
    const err = await parseError([fixture('events_wrong_header.csv'), PEOPLE]);
    expect(err.message).toContain('"evidence"');
  });
  it('rejects a duplicate event id', async () => {
    const err = await parseError([fixture('events_duplicate_id.csv'), PEOPLE]);
    expect(err.location).toMatchObject({ row: 3, column: 'id' });
  });
  it('rejects an empty file and a binary file', async () => {
    expect((await parseError([fixture('empty.csv'), PEOPLE])).message).toContain('file is empty');
    const binary = join(tmp, 'events.bin');
    writeFileSync(binary, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]));
    expect((await parseError([binary, PEOPLE])).message).toContain('binary');
  });
});

const LEDGER_TABLES: TableName[] = ['document', 'entity', 'entity_alias', 'event', 'event_actor', 'event_commodity', 'evidence', 'event_review', 'restriction', 'restriction_target', 'restriction_commodity', 'restriction_status', 'restriction_source', 'dataset'];

describeEachStore('curated-ledger import', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await freshStore(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of LEDGER_TABLES) {
      const r = await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      out[table] = Number(r.n);
    }
    return out;
  }

  it('importing twice leaves the row counts unchanged', async () => {
    await runImport(t.store, curatedLedgerImporter, [EVENTS, PEOPLE], { now: () => NOW });
    const first = await counts();
    expect(first).toMatchObject({ event: 6, event_review: 6, restriction: RESTRICTION_DETAILS.length, dataset: 3 });
    await runImport(t.store, curatedLedgerImporter, [EVENTS, PEOPLE], { now: () => NOW });
    expect(await counts()).toEqual(first);
  });

  it('a corrupted copy fails and leaves the database as it was', async () => {
    await runImport(t.store, curatedLedgerImporter, [EVENTS, PEOPLE], { now: () => NOW });
    const before = await counts();
    await expect(runImport(t.store, curatedLedgerImporter, [fixture('events_text_value.csv'), PEOPLE], { now: () => NOW })).rejects.toThrow(DataError);
    expect(await counts()).toEqual(before);
  });

  it('stores the status history of the Ga/Ge/Sb ban', async () => {
    await runImport(t.store, curatedLedgerImporter, [EVENTS, PEOPLE], { now: () => NOW });
    const history = await t.store.db.selectFrom('restriction_status').select(['date', 'status']).where('restriction_id', '=', 'rst-chn-2024-46-us-ga-ge-sb').orderBy('date').execute();
    expect(history).toEqual([
      { date: '2024-12-03', status: 'in_force' },
      { date: '2025-11-09', status: 'suspended' },
      { date: '2026-11-28', status: 'in_force' },
    ]);
  });
});

describeWithShared('curatedLedgerImporter.parse (real files)', () => {
  let parsed: ParsedImport;
  let report: ImportReport;
  beforeAll(async () => {
    ({ parsed, report } = await parseFiles([curatedFile('events.csv'), curatedFile('people.csv')]));
  });

  it('stores all 166 events and 69 people (README counts)', () => {
    expect(parsed.tables.event).toHaveLength(166);
    expect(parsed.tables.entity?.filter((e) => e.type === 'person')).toHaveLength(69);
    expect(parsed.datasets.map((d) => [d.id, d.vintage])).toEqual([['curated-events', '2026'], ['curated-people', '2026'], ['curated-restrictions', '2026']]);
  });

  it('reads event precisions as README gives them: 135 days, 24 months, 7 years', () => {
    const count = (p: string) => parsed.tables.event?.filter((e) => e.date_precision === p).length;
    expect([count('day'), count('month'), count('year')]).toEqual([135, 24, 7]);
  });

  it('maps the DBK–CDB Aktogay facility by hand', () => {
    // events.csv line 2: 2019-04-26, investment, actors "KAZ;CHN;China Development Bank;DBK;KAZ Minerals", copper, finance, 800000000 USD.
    const id = 'ev-20190426-development-bank-of-kazakhstan-signs-usd-800';
    expect(event(parsed, id)).toMatchObject({ type: 'investment', date: '2019-04-26', date_precision: 'day', location_iso3: 'KAZ', sector: 'finance', value_amount: 800000000, value_currency: 'USD', value_usd: 800000000 });
    expect(parsed.tables.event_actor?.filter((a) => a.event_id === id).map((a) => a.name)).toEqual(['KAZ', 'CHN', 'China Development Bank', 'Development Bank of Kazakhstan', 'KAZ Minerals']);
    expect(parsed.tables.event_commodity?.filter((c) => c.event_id === id).map((c) => c.commodity_id)).toEqual(['copper']);
  });

  it('keeps one document per distinct source URL of the events', () => {
    const eventDocs = parsed.tables.document?.filter((d) => d.tags.includes('curated-events'));
    expect(eventDocs).toHaveLength(157);
    expect(parsed.tables.evidence).toHaveLength(166);
  });

  it('finds Tokayev under Toqaev and Токаев-style spellings', () => {
    // people.csv line 2: p-kaz-tokayev, aliases include "Qasym-Jomart Toqaev", "Toqayev", "Tokaev".
    const keys = parsed.tables.entity_alias?.filter((a) => a.entity_id === 'p-kaz-tokayev').map((a) => a.alias_key);
    expect(keys).toEqual(expect.arrayContaining(['tokayev', 'toqaev', 'toqayev', 'tokaev', 'qasym jomart toqaev']));
  });

  it('gives every curated export_restriction event a structured measure', () => {
    expect(report.warnings.filter((w) => w.message.includes('no structured measure'))).toEqual([]);
    expect(report.warnings.filter((w) => w.message.includes('not in events.csv') || w.message.includes('not in the commodity table (left out)'))).toEqual([]);
  });

  it('has the Ga/Ge/Sb ban on exports to the US suspended on 2025-12-01, from 2025-11-09 to 2026-11-27', () => {
    // events.csv line 78 (MOFCOM 2024 No. 46, 2024-12-03) and line 148 (suspension until 27 Nov 2026, The Business Times).
    const ban = measure(parsed, 'rst-chn-2024-46-us-ga-ge-sb');
    expect(ban).toMatchObject({ imposer_iso3: 'CHN', kind: 'ban', effective: '2024-12-03', suspended_from: '2025-11-09', suspended_until: '2026-11-27', lifted: null });
    expect(ban && restrictionStatusOn(ban, '2025-12-01')).toBe('suspended');
    expect(parsed.tables.restriction_target?.filter((t) => t.restriction_id === ban?.id).map((t) => t.target_iso3)).toEqual(['USA']);
    const commodities = new Set(parsed.tables.restriction_commodity?.filter((c) => c.restriction_id === ban?.id).map((c) => c.commodity_id));
    expect([...commodities]).toEqual(expect.arrayContaining(['gallium', 'germanium', 'antimony']));
    const sources = parsed.tables.restriction_source?.filter((s) => s.restriction_id === ban?.id).map((s) => s.event_id);
    expect(sources).toEqual(expect.arrayContaining(['ev-20241203-china-bans-ga-ge-sb-superhard-exports-to-us', 'ev-20251109-china-suspends-ban-on-ga-ge-sb-and-superhard']));
  });

  it('has the China measures of 2023–2025 in force on 2025-12-01 and the October 2025 package suspended', () => {
    const on = (id: string) => {
      const m = measure(parsed, id);
      return m ? restrictionStatusOn(m, '2025-12-01') : undefined;
    };
    expect(on('rst-chn-2023-23-gallium-germanium')).toBe('in_force');
    expect(on('rst-chn-2023-graphite')).toBe('in_force');
    expect(on('rst-chn-2024-33-antimony')).toBe('in_force');
    expect(on('rst-chn-2025-10-w-te-bi-mo-in')).toBe('in_force');
    expect(on('rst-chn-2025-18-medium-heavy-ree')).toBe('in_force');
    for (const n of ['55-superhard-materials', '56-ree-equipment', '57-heavy-ree', '58-battery-materials', '61-ree-extraterritorial', '62-ree-technology']) {
      expect(on(`rst-chn-2025-${n}`)).toBe('suspended');
    }
    expect(on('rst-kaz-scrap-export-ban')).toBe('in_force');
    expect(on('rst-kgz-ferrous-scrap-export-ban')).toBe('lifted');
  });
});
