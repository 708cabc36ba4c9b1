import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/domain/errors.js';
import { ingestNews } from '../../src/ingest/news.js';
import { reviewEvents } from '../../src/ingest/news-review.js';
import { eventReviews, eventsByIds, type StoredEvent } from '../../src/store/queries/news-writes.js';
import { findRestrictions } from '../../src/store/queries/restrictions.js';
import { splitReviewArgs } from '../../src/cli/commands/review.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';
import { goldInput } from '../support/news.js';

const INGESTED = () => new Date('2026-11-29T12:00:00Z');
const REVIEWED = () => new Date('2026-11-30T09:00:00Z');

describeEachStore('reviewEvents', (dialect) => {
  let t: TestStore;
  let ids: string[];
  beforeEach(async () => {
    t = await freshStore(dialect);
    // 05.json has one deal (Wabtec–KTZ); 11.json one export restriction (China, seven rare earths).
    const r = await ingestNews(t.store, [goldInput('05'), goldInput('11')], { now: INGESTED });
    ids = r.items.flatMap((i) => i.events_created);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const one = async (id: string): Promise<StoredEvent> => (await eventsByIds(t.store.db, [id]))[0] as StoredEvent;

  it('accepts with an audit row saying who, when and what changed', async () => {
    const [deal] = ids as [string];
    const out = await reviewEvents(t.store, { accept: [deal], who: 'analyst', now: REVIEWED });
    expect(out).toEqual([{ id: deal, action: 'accept', changes: { review_state: { from: 'pending', to: 'accepted' } } }]);
    expect((await one(deal)).event.review_state).toBe('accepted');
    const trail = await eventReviews(t.store.db, [deal]);
    expect(trail.map((r) => [r.action, r.who, r.at])).toEqual([
      ['create', 'ingest', '2026-11-29T12:00:00.000Z'],
      ['accept', 'analyst', '2026-11-30T09:00:00.000Z'],
    ]);
    // Accepting again is a no-op without a new row.
    expect((await reviewEvents(t.store, { accept: [deal], who: 'analyst', now: REVIEWED }))[0]?.skipped).toBe('already accepted');
    expect(await eventReviews(t.store.db, [deal])).toHaveLength(2);
  });

  it('rejects with the reason in the audit trail, and refuses a rejection without one', async () => {
    const [deal] = ids as [string];
    await expect(reviewEvents(t.store, { reject: [deal], who: 'analyst' })).rejects.toBeInstanceOf(UsageError);
    await reviewEvents(t.store, { reject: [deal], reason: 'duplicate of a curated event', who: 'analyst', now: REVIEWED });
    expect((await one(deal)).event.review_state).toBe('rejected');
    const last = (await eventReviews(t.store.db, [deal])).at(-1);
    expect(last).toMatchObject({ action: 'reject', reason: 'duplicate of a curated event', changes: JSON.stringify({ review_state: { from: 'pending', to: 'rejected' } }) });
  });

  it('edits fields, recording each change from → to', async () => {
    const [deal] = ids as [string];
    const out = await reviewEvents(t.store, {
      edits: [{ id: deal, fields: { date: '2025-09', value: '4200000000 USD', actors: 'KAZ,Wabtec', commodities: 'locomotives', sector: 'rail' } }],
      reason: 'coarser date per the source',
      who: 'analyst',
      now: REVIEWED,
    });
    expect(out[0]?.changes).toEqual({
      date: { from: '2025-09-22', to: '2025-09' },
      actors: { from: ['Wabtec', 'Kazakhstan Temir Zholy'], to: ['KAZ', 'Wabtec'] },
      commodities: { from: [], to: ['locomotives'] },
    });
    const e = await one(deal);
    expect(e.event).toMatchObject({ date: '2025-09', date_precision: 'month', updated_at: '2026-11-30T09:00:00.000Z' });
    expect(e.actors.map((a) => [a.name, a.iso3, a.entity_id])).toEqual([['KAZ', 'KAZ', null], ['Wabtec', null, 'org-news-wabtec']]);
    expect((await eventReviews(t.store.db, [deal])).at(-1)).toMatchObject({ action: 'edit', reason: 'coarser date per the source' });
  });

  it('names the bad field or id', async () => {
    const [deal] = ids as [string];
    await expect(reviewEvents(t.store, { edits: [{ id: deal, fields: { colour: 'red' } }], who: 'a' })).rejects.toThrow('unknown field "colour"');
    await expect(reviewEvents(t.store, { edits: [{ id: deal, fields: { date: 'Nov 2025' } }], who: 'a' })).rejects.toThrow('--edit date');
    await expect(reviewEvents(t.store, { accept: ['ev-nope'], who: 'a' })).rejects.toThrow('unknown event "ev-nope"');
    // Nothing was written by the failed calls.
    expect(await eventReviews(t.store.db, [deal])).toHaveLength(1);
  });

  it('accepting an export restriction updates the restriction measures', async () => {
    const restriction = ids[1] as string;
    expect(await findRestrictions(t.store.db)).toEqual([]);
    await reviewEvents(t.store, { accept: [restriction], who: 'analyst', now: REVIEWED });
    const [m] = await findRestrictions(t.store.db);
    expect(m).toMatchObject({ imposer_iso3: 'CHN', announced: '2025-04-04', dataset: 'news' });
    expect(m?.sources.map((s) => s.event_id)).toEqual([restriction]);
  });
});

describe('splitReviewArgs', () => {
  it('collects ids after --accept/--reject and field=value pairs after --edit', () => {
    expect(splitReviewArgs(['--accept', 'a', 'b', '--reject', 'c', '--reason', 'why not', '--edit', 'd', 'date=2025', 'sector=', '--who', 'me'])).toEqual({
      accept: ['a', 'b'],
      reject: ['c'],
      edits: [{ id: 'd', fields: { date: '2025', sector: '' } }],
      rest: ['--reason', 'why not', '--who', 'me'],
    });
  });

  it('rejects an edit without field=value', () => {
    expect(() => splitReviewArgs(['--edit', 'd', 'date'])).toThrow('"date" is not field=value');
    expect(() => splitReviewArgs(['--edit', 'd'])).toThrow('at least one field=value');
  });
});
