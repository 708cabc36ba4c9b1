import { describe, expect, it } from 'vitest';
import { annotationProblems } from '../../src/ingest/news-annotations.js';
import { parseArticleFile, sentenceKeys, sentenceOverlap, SYNDICATION_SHARE } from '../../src/ingest/news-text.js';
import { goldArticle, newsIds, newsText } from '../support/news.js';

/**
 * The demo corpus (test/fixtures/news, written for issue 4) and its annotations follow the
 * GUIDELINES invariants ("These checks were run on every file") and the corpus holds what the
 * ingest tests need: two outlets on one event (01, 02) and a syndicated near-copy (03 of 01).
 */
describe('news fixtures', () => {
  const ids = newsIds();

  it('hold at least 30 annotated articles', () => {
    expect(ids.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ids)('%s has a URL/TITLE/DATE header and a body that starts with the headline', (id) => {
    const f = parseArticleFile(newsText(id));
    expect(f.url).toMatch(/^https:\/\//);
    expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(f.body.split('\n')[0]).toBe(f.title);
  });

  it.each(ids)('%s follows the GUIDELINES invariants', (id) => {
    const a = goldArticle(id);
    expect(a.id).toBe(id);
    expect(annotationProblems(a)).toEqual([]);
    expect(a.events.length).toBeGreaterThan(0);
  });

  it('01 and 02 are independent reports; 03 is a syndicated copy of 01', () => {
    const keys = (id: string) => sentenceKeys(goldArticle(id).body);
    expect(sentenceOverlap(keys('01'), keys('03'))).toBeGreaterThanOrEqual(SYNDICATION_SHARE);
    expect(sentenceOverlap(keys('01'), keys('02'))).toBeLessThan(SYNDICATION_SHARE);
  });

  it('covers every event type of the GUIDELINES', () => {
    const types = new Set(ids.flatMap((id) => goldArticle(id).events.map((e) => e.type)));
    expect([...types].sort()).toEqual(['agreement', 'deal', 'export_restriction', 'investment', 'legislation', 'meeting', 'sanction', 'statement', 'summit', 'visit']);
  });
});

describe('annotationProblems', () => {
  it('reports evidence that is not in the body and actors that are not entities', () => {
    const a = goldArticle('05');
    const bad = { ...a, events: [{ ...(a.events[0] as (typeof a.events)[number]), evidence: 'Wabtec signed nothing.', actors: ['Siemens'] }] };
    expect(annotationProblems(bad)).toEqual([
      'events[0] (deal): evidence is not an exact substring of the body',
      'events[0] (deal): actor "Siemens" is not an entity canonical',
    ]);
  });
});
