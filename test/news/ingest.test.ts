import { afterEach, beforeEach, expect, it } from 'vitest';
import { ingestNews } from '../../src/ingest/news.js';
import { eventsByIds, newsTableCounts, type StoredEvent } from '../../src/store/queries/news-writes.js';
import { findRestrictions } from '../../src/store/queries/restrictions.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';
import { goldInput } from '../support/news.js';

const NOW = () => new Date('2026-11-29T12:00:00Z');

async function eventsOf(t: TestStore, type: string): Promise<StoredEvent[]> {
  const rows = await t.store.db.selectFrom('event').select('id').where('type', '=', type as never).orderBy('id').execute();
  return eventsByIds(t.store.db, rows.map((r) => r.id));
}

describeEachStore('ingestNews', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await freshStore(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('ingesting the same article twice changes nothing', async () => {
    const first = await ingestNews(t.store, [goldInput('04')], { now: NOW });
    expect(first.items[0]?.status).toBe('new');
    const counts = await newsTableCounts(t.store.db);
    // 04.json: 4 events, each one evidence row and one 'create' review row; 2 people and
    // 4 organisations (Tau-Ken Samruk, Cove Kaz Capital Group, EXIM, DFC), all new.
    expect(counts).toMatchObject({ document: 1, event: 4, evidence: 4, event_review: 4, entity: 6 });
    const events = await t.store.db.selectFrom('event').selectAll().orderBy('id').execute();
    const again = await ingestNews(t.store, [goldInput('04')], { now: () => new Date('2026-12-01T00:00:00Z') });
    expect(again.items[0]).toMatchObject({ status: 'duplicate', events_created: [], events_merged: [], entities_created: [] });
    expect(await newsTableCounts(t.store.db)).toEqual(counts);
    expect(await t.store.db.selectFrom('event').selectAll().orderBy('id').execute()).toEqual(events);
  });

  it('two outlets reporting one summit give one event with corroboration 2 and both evidence sentences', async () => {
    const r = await ingestNews(t.store, [goldInput('01'), goldInput('02')], { now: NOW });
    expect(r.items[1]?.events_merged).toHaveLength(1);
    const summits = await eventsOf(t, 'summit');
    expect(summits).toHaveLength(1);
    const s = summits[0] as StoredEvent;
    expect(s.event.corroboration).toBe(2);
    expect(s.event.date).toBe('2025-11-06');
    expect(s.actors.map((a) => a.iso3)).toEqual(['USA', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(s.evidence.map((e) => e.sentence.slice(0, 40)).sort()).toEqual([
      'The presidents of the five Central Asian',
      'WASHINGTON — President Donald Trump host',
    ]);
    const trail = await t.store.db.selectFrom('event_review').selectAll().where('event_id', '=', s.event.id).orderBy('at').orderBy('action').execute();
    expect(trail.map((x) => x.action)).toEqual(['create', 'edit']);
    expect(JSON.parse(trail[1]?.changes ?? '{}')).toMatchObject({ corroboration: { from: 1, to: 2 } });
  });

  it('a syndicated copy adds its evidence but does not raise the corroboration', async () => {
    await ingestNews(t.store, [goldInput('01'), goldInput('02'), goldInput('03')], { now: NOW });
    const s = (await eventsOf(t, 'summit'))[0] as StoredEvent;
    expect(s.evidence).toHaveLength(3);
    expect(s.event.corroboration).toBe(2);
    // 01 and 03 alone are one source.
    const u = await freshStore(dialect);
    try {
      await ingestNews(u.store, [goldInput('03'), goldInput('01')], { now: NOW });
      const rows = await u.store.db.selectFrom('event').select(['type', 'corroboration']).where('type', '=', 'summit').execute();
      expect(rows).toEqual([{ type: 'summit', corroboration: 1 }]);
    } finally {
      await u.dispose();
    }
  });

  it('keeps separate events of one article apart even when they could merge', async () => {
    // 12.json: four export_restriction events (two suspensions, two earlier impositions) and a meeting.
    await ingestNews(t.store, [goldInput('12')], { now: NOW });
    const ev = await eventsOf(t, 'export_restriction');
    expect(ev.map((e) => e.event.date).sort()).toEqual(['2024-12', '2025-10-09', '2025-11-07', '2025-11-09']);
  });

  it('resolves people and organisations to existing entities and creates the others pending', async () => {
    await t.store.db.insertInto('entity').values({ id: 'org-wabtec', type: 'organization', name: 'Wabtec', country_iso3: 'USA', role: null, role_start: null, link_id: null, review_state: 'accepted', source: 'test' }).execute();
    await t.store.db.insertInto('entity_alias').values({ entity_id: 'org-wabtec', alias: 'Wabtec', alias_key: 'wabtec' }).execute();
    const r = await ingestNews(t.store, [goldInput('05')], { now: NOW });
    // 05.json organisations: Wabtec (existing), Kazakhstan Temir Zholy, United States Department of Commerce, United Nations General Assembly.
    expect(r.items[0]?.entities_created.sort()).toEqual([
      'org-news-kazakhstan-temir-zholy',
      'org-news-united-nations-general-assembly',
      'org-news-united-states-department-of-commerce',
    ]);
    const deal = (await eventsOf(t, 'deal'))[0] as StoredEvent;
    expect(deal.actors.map((a) => [a.name, a.entity_id])).toEqual([['Wabtec', 'org-wabtec'], ['Kazakhstan Temir Zholy', 'org-news-kazakhstan-temir-zholy']]);
    expect(deal.event).toMatchObject({ value_amount: 4200000000, value_currency: 'USD', value_usd: 4200000000, date: '2025-09-22', date_precision: 'day', review_state: 'pending', dataset: 'news' });
    const ktz = await t.store.db.selectFrom('entity').selectAll().where('id', '=', 'org-news-kazakhstan-temir-zholy').executeTakeFirstOrThrow();
    expect(ktz.review_state).toBe('pending');
  });

  it('--accept and tags: events accepted with an audit row and tagged', async () => {
    await ingestNews(t.store, [goldInput('07')], { now: NOW, accept: true, tags: ['demo'], who: 'tester' });
    const ev = (await eventsOf(t, 'export_restriction'))[0] as StoredEvent;
    expect(ev.event).toMatchObject({ review_state: 'accepted', tags: 'news;demo', date: '2023-07-03' });
    const trail = await t.store.db.selectFrom('event_review').select(['action', 'who', 'reason']).where('event_id', '=', ev.event.id).orderBy('action').execute();
    expect(trail).toEqual([
      { action: 'accept', who: 'tester', reason: 'accepted on ingest (--accept)' },
      { action: 'create', who: 'tester', reason: 'extracted from a news article' },
    ]);
    const doc = await t.store.db.selectFrom('document').select(['tags', 'kind', 'publisher', 'published_date']).executeTakeFirstOrThrow();
    expect(doc).toEqual({ tags: 'news;demo', kind: 'article', publisher: 'metals-wire.example.com', published_date: '2023-07-04' });
  });

  it('links export-restriction events to the measure and marks a suspension once accepted', async () => {
    // The curated measure of data/restriction.csv row 6 (MOFCOM Announcement 2024 No. 46, clause 2),
    // without its status history.
    await t.store.db.insertInto('restriction').values({
      id: 'rst-chn-2024-46-us-ga-ge-sb', imposer_iso3: 'CHN', kind: 'ban', title: 'Ban on gallium, germanium, antimony and superhard-material exports to the United States',
      instrument: 'MOFCOM Announcement 2024 No. 46, clause 2', applies_to_all: 0, announced: '2024-12-03', effective: '2024-12-03', suspended_from: null,
      suspended_until: null, lifted: null, notes: '', dataset: 'curated-restrictions',
    }).execute();
    await t.store.db.insertInto('restriction_target').values({ restriction_id: 'rst-chn-2024-46-us-ga-ge-sb', target_iso3: 'USA' }).execute();
    await t.store.db.insertInto('restriction_commodity').values(['gallium', 'germanium', 'antimony'].map((c) => ({ restriction_id: 'rst-chn-2024-46-us-ga-ge-sb', commodity_id: c, hs_code: null }))).execute();
    const r = await ingestNews(t.store, [goldInput('09'), goldInput('12')], { now: NOW, accept: true });
    const [m] = await findRestrictions(t.store.db, { imposer: 'CHN' }).then((x) => x.filter((y) => y.id === 'rst-chn-2024-46-us-ga-ge-sb'));
    // 09 (the ban of 2024-12-03) and 12 (the suspension of 2025-11-09) are linked; 12's background
    // "imposed in December 2024" merged into 09's event, which now has two independent sources.
    expect(new Set(m?.sources.map((s) => s.event_id)).size).toBe(2);
    expect(m?.history).toEqual([expect.objectContaining({ date: '2025-11-09', status: 'suspended', source_url: 'https://metals-wire.example.com/2025/11/china-suspends-export-curbs' })]);
    expect(m?.suspended_from).toBe('2025-11-09');
    const ban = (await eventsOf(t, 'export_restriction')).find((e) => e.event.date === '2024-12-03') as StoredEvent;
    expect(ban.event.corroboration).toBe(2);
    // The US curbs of 2024-12-02 (imposed by USA) did not merge with China's ban.
    expect((await eventsOf(t, 'export_restriction')).filter((e) => e.actors[0]?.iso3 === 'USA').map((e) => e.event.date)).toEqual(['2024-12-02']);
    expect(r.warnings.some((w) => w.includes('USA'))).toBe(false);
  });

  it('creates a measure from an accepted imposition that no measure covers', async () => {
    const r = await ingestNews(t.store, [goldInput('11')], { now: NOW, accept: true });
    expect(r.restrictions_created).toEqual(['rst-news-chn-20250404-rare-earths-samarium-gadolinium-terbium']);
    const [m] = await findRestrictions(t.store.db, { imposer: 'CHN' });
    expect(m).toMatchObject({ kind: 'licensing', announced: '2025-04-04', applies_to_all: 1, dataset: 'news' });
    expect(m?.commodities.map((c) => c.commodity_id).sort()).toEqual(['dysprosium', 'gadolinium', 'lutetium', 'rare-earths', 'samarium', 'scandium', 'terbium', 'yttrium']);
    expect(m?.history.map((h) => h.status)).toEqual(['announced']);
  });

  it('leaves the measures alone while the event is pending, apart from the source link', async () => {
    const r = await ingestNews(t.store, [goldInput('11')], { now: NOW });
    expect(r.restrictions_created).toEqual([]);
    expect(await findRestrictions(t.store.db)).toEqual([]);
  });

  it('rolls back every write when one article fails', async () => {
    const bad = goldInput('06');
    bad.article = { ...bad.article, events: [{ ...(bad.article.events[0] as (typeof bad.article.events)[number]), evidence: null as never }] };
    await expect(ingestNews(t.store, [goldInput('05'), bad], { now: NOW })).rejects.toThrow();
    expect(await newsTableCounts(t.store.db)).toMatchObject({ document: 0, event: 0, entity: 0 });
  });
});
