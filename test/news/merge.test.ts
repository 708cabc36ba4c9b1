import { describe, expect, it } from 'vitest';
import { datesCompatible, finerDate, mergeScore, valuesCompatible, type MergeView } from '../../src/ingest/news-merge.js';
import { independentCount, parseArticleFile, sentenceKeys } from '../../src/ingest/news-text.js';
import { restrictionChange, restrictionKind } from '../../src/ingest/news-restrictions.js';
import { goldArticle } from '../support/news.js';

const ev = (over: Partial<MergeView>): MergeView => ({ type: 'agreement', date: '2025-11-06', actors: ['KAZ', 'USA'], commodities: [], value: null, ...over });

describe('datesCompatible', () => {
  it('accepts a coarser prefix and rejects different days', () => {
    expect(datesCompatible('2025-11', '2025-11-06')).toBe(true);
    expect(datesCompatible('2025', '2025-11-06')).toBe(true);
    expect(datesCompatible('2025-11-05', '2025-11-06')).toBe(false);
    expect(datesCompatible(null, '2025-11-06')).toBe(true);
  });
});

describe('finerDate', () => {
  it('keeps the more precise date', () => {
    expect(finerDate('2024-12', '2024-12-03')).toBe('2024-12-03');
    expect(finerDate('2024-12-03', null)).toBe('2024-12-03');
  });
});

describe('valuesCompatible', () => {
  it('needs the same currency and amounts within 5 %', () => {
    expect(valuesCompatible({ amount: 4.2e9, currency: 'USD' }, { amount: 4.0e9, currency: 'usd' })).toBe(true);
    expect(valuesCompatible({ amount: 4.2e9, currency: 'USD' }, { amount: 3.9e9, currency: 'USD' })).toBe(false);
    expect(valuesCompatible({ amount: 3e9, currency: 'EUR' }, { amount: 3e9, currency: 'USD' })).toBe(false);
    expect(valuesCompatible(null, { amount: 3e9, currency: 'USD' })).toBe(true);
  });
});

describe('mergeScore', () => {
  it('merges the same agreement reported at two precisions', () => {
    expect(mergeScore(ev({ date: '2025-11' }), ev({}))).toBeCloseTo(1, 10);
    expect(mergeScore(ev({}), ev({}))).toBeCloseTo(2, 10);
  });

  it('keeps apart agreements with different counterparts, types, or conflicting values', () => {
    expect(mergeScore(ev({}), ev({ actors: ['KAZ', 'RUS'] }))).toBe(0);
    expect(mergeScore(ev({}), ev({ type: 'deal' }))).toBe(0);
    expect(mergeScore(ev({ value: { amount: 1e9, currency: 'USD' } }), ev({ value: { amount: 2e9, currency: 'USD' } }))).toBe(0);
    expect(mergeScore(ev({ date: null }), ev({ date: null }))).toBe(0);
  });

  it('needs the same imposing state first for export restrictions', () => {
    const ban = ev({ type: 'export_restriction', actors: ['CHN', 'USA'], date: '2024-12-03' });
    expect(mergeScore(ban, ev({ type: 'export_restriction', actors: ['CHN'], date: '2024-12' }))).toBeGreaterThan(0);
    expect(mergeScore(ban, ev({ type: 'export_restriction', actors: ['USA', 'CHN'], date: '2024-12-02' }))).toBe(0);
    expect(mergeScore(ev({ type: 'export_restriction', actors: ['CHN'], commodities: ['gallium'] }), ev({ type: 'export_restriction', actors: ['CHN'], commodities: ['tungsten'] }))).toBe(0);
  });
});

describe('independentCount', () => {
  it('counts a syndicated copy once (fixtures 01 and 03) and another outlet separately (02)', () => {
    const texts = new Map(['01', '02', '03'].map((id) => [id, goldArticle(id).body]));
    expect(independentCount(['01', '03'], texts)).toBe(1);
    expect(independentCount(['01', '02', '03'], texts)).toBe(2);
    expect(independentCount(['01', '01'], texts)).toBe(1);
  });
});

describe('sentenceKeys', () => {
  it('splits on sentence ends and drops fragments under four words', () => {
    expect([...sentenceKeys('Wabtec signed a deal. It is big.\nKazakhstan Temir Zholy buys 300 locomotives!')]).toEqual([
      'wabtec signed a deal',
      'kazakhstan temir zholy buys 300 locomotives',
    ]);
  });
});

describe('parseArticleFile', () => {
  it('reads the header, drops a note after the date, and keeps plain text whole', () => {
    const f = parseArticleFile('URL: (seed document; no address)\nTITLE: T\nDATE: 2025-11-06 (best known: …)\nSOURCE: x\n\nBody line.\n');
    expect(f).toEqual({ url: null, title: 'T', date: '2025-11-06', body: 'Body line.\n' });
    expect(parseArticleFile('Just text.').body).toBe('Just text.');
  });
});

describe('restrictionChange', () => {
  it('reads suspensions, liftings and impositions', () => {
    expect(restrictionChange(goldArticle('12').events[2]?.evidence ?? '')).toBe('suspended');
    expect(restrictionChange(goldArticle('16').events[0]?.evidence ?? '')).toBe('lifted');
    // "scrap" the noun is not "scrapped" the verb (fixture 15).
    expect(restrictionChange(goldArticle('15').events[0]?.evidence ?? '')).toBe('announced');
  });
});

describe('restrictionKind', () => {
  it('tells bans, duties and licensing apart', () => {
    expect(restrictionKind('China on Tuesday banned exports of gallium')).toBe('ban');
    expect(restrictionKind('abolished its 10% export duty on gallium')).toBe('tax');
    expect(restrictionKind('exports will require licences')).toBe('licensing');
  });
});
