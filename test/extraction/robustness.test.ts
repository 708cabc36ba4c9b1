import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventStats } from '../../src/extraction/events.js';
import { mulberry32 } from '../../src/analytics/random.js';
import { extractArticle } from '../../src/extraction/extract.js';
import { buildGazetteer } from '../../src/extraction/gazetteer.js';
import type { Extraction } from '../../src/extraction/types.js';

// Robustness of the extractor (issue 4, item 6): arbitrary bytes, empty input, HTML pasted as text,
// non-English text and 10,000 seeded mutations of our own fixture articles — no crash, and every
// offset points into the body. Linear time is checked by counting pattern work, never by timing;
// the 50 MB run is left to `npm run bench:extract` (it takes tens of seconds on one core).

const gazetteer = buildGazetteer();
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'news');
const articles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

/** Every entity and event points at its own text in the body. */
function expectConsistent(x: Extraction): void {
  for (const e of x.entities) {
    expect(x.body.slice(e.start, e.end)).toBe(e.name);
  }
  for (const e of x.events) {
    expect(x.body.slice(e.evidence_start, e.evidence_end)).toBe(e.evidence);
    expect(x.body.includes(e.evidence)).toBe(true);
  }
}

describe('extractArticle: arbitrary input', () => {
  it('survives 300 seeded random byte buffers decoded as UTF-8', () => {
    const next = mulberry32(20251129);
    const decoder = new TextDecoder('utf-8');
    for (let n = 0; n < 300; n++) {
      const bytes = new Uint8Array(Math.floor(next() * 4000));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
      const x = extractArticle(decoder.decode(bytes), { id: String(n), gazetteer, date: '2025-06-10' });
      expectConsistent(x);
    }
  });

  it('returns nothing for an empty file', () => {
    const x = extractArticle('', { id: 'empty', gazetteer });
    expect(x.entities).toEqual([]);
    expect(x.events).toEqual([]);
    expect(x.header).toEqual({ url: null, title: null, date: null });
  });

  it('returns nothing for whitespace and a bare header', () => {
    expect(extractArticle(' \n\t\r\n ', { id: 'ws', gazetteer }).events).toEqual([]);
    const x = extractArticle('URL: https://example.org/x\nTITLE: \nDATE: 2025-01-02\n', { id: 'hdr', gazetteer });
    expect(x.header.date).toBe('2025-01-02');
    expect(x.entities).toEqual([]);
  });
});

describe('extractArticle: HTML pasted as text', () => {
  // written for this test
  const html =
    '<html><body><div class="Ministry of Finance"><p>ASTANA — Kazakhstan and China signed an agreement on tungsten supply on Monday.</p>' +
    '<script>var President = "Xi Jinping"; document.write("<b>Uzbekistan</b>");</script></div></body></html>';

  it('takes no tag, attribute or entity as a name', () => {
    const x = extractArticle(html, { id: 'html', gazetteer, date: '2025-06-10' });
    expectConsistent(x);
    for (const e of x.entities) expect(e.name).not.toMatch(/[<>="]|^(html|body|div|p|script|b)$/i);
    // the class attribute is markup, not the text's ministry
    expect(x.entities.some((e) => /Ministry/.test(e.name))).toBe(false);
  });

  it('still reads the paragraph text between the tags', () => {
    const x = extractArticle(html, { id: 'html', gazetteer, date: '2025-06-10' });
    const ev = x.events.find((e) => e.type === 'agreement');
    expect(ev?.actors).toEqual(['KAZ', 'CHN']);
    expect(ev?.evidence).toBe('ASTANA — Kazakhstan and China signed an agreement on tungsten supply on Monday.');
  });

  it('treats the text inside <script> as plain text', () => {
    const x = extractArticle(html, { id: 'html', gazetteer, date: '2025-06-10' });
    // "Uzbekistan" stands inside the script's string: it is text like any other
    expect(x.entities.find((e) => e.canonical === 'UZB')?.name).toBe('Uzbekistan');
    expect(x.events.every((e) => !e.evidence.includes('<'))).toBe(true);
  });
});

describe('extractArticle: non-English text', () => {
  // sentences written for this test
  it('finds countries in their Russian forms', () => {
    const x = extractArticle('Казахстан и Китай подписали соглашение о поставках вольфрама.', { id: 'ru', gazetteer, date: '2025-06-10' });
    expectConsistent(x);
    expect(x.entities.filter((e) => e.type === 'country').map((e) => e.canonical)).toEqual(['KAZ', 'CHN']);
  });

  it('finds countries in their Kazakh Cyrillic forms', () => {
    const x = extractArticle('Қазақстан Республикасы мен Қытай вольфрам жеткізу туралы келісімге қол қойды.', { id: 'kk', gazetteer, date: '2025-06-10' });
    expectConsistent(x);
    expect(x.entities.filter((e) => e.type === 'country').map((e) => e.canonical)).toEqual(['KAZ', 'CHN']);
  });

  it('reads Chinese text without error and invents nothing', () => {
    const x = extractArticle('哈萨克斯坦与中国签署了钨供应协议。', { id: 'zh', gazetteer, date: '2025-06-10' });
    expect(x.entities).toEqual([]);
    expect(x.events).toEqual([]);
  });
});

/** One random edit: delete, insert bytes or markup, duplicate, swap case, break or join lines. */
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const len = Math.floor(next() * 80);
  switch (Math.floor(next() * 7)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1: {
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(next() * 0x3000));
      return text.slice(0, at) + s + text.slice(at);
    }
    case 2:
      return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
    case 3:
      return text.slice(0, at) + text.slice(at, at + len).toUpperCase() + text.slice(at + len);
    case 4:
      return text.slice(0, at) + ['<p>', '</div>', '&amp;', '<!--', '\n\n', ' — ', '$', '. ', 'U.S.', '“'][len % 10] + text.slice(at);
    case 5:
      return text.slice(0, at) + text.slice(at + len).replace(/\n/g, ' ');
    default:
      return text.slice(0, at) + '\n' + text.slice(at);
  }
}

describe('extractArticle: fuzzing', () => {
  it('survives 10,000 seeded mutations of the fixture articles', () => {
    const next = mulberry32(46);
    let events = 0;
    for (let n = 0; n < 10_000; n++) {
      let text = articles[n % articles.length] ?? '';
      const edits = 1 + Math.floor(next() * 4);
      for (let k = 0; k < edits; k++) text = mutate(text, next);
      const x = extractArticle(text, { id: String(n), gazetteer });
      expectConsistent(x);
      events += x.events.length;
    }
    // most mutations leave most sentences intact: the fixtures' events mostly survive
    expect(events).toBeGreaterThan(10_000);
  }, 300_000);
});

describe('extractArticle: linear work', () => {
  /** Pattern work and output size for the article body repeated k times. */
  function work(body: string, k: number): { attempts: number; sentences: number; events: number } {
    const text = `DATE: 2025-11-07\n\n${Array.from({ length: k }, () => body).join('\n\n')}`;
    const before = { ...eventStats };
    const x = extractArticle(text, { id: 'lin', gazetteer });
    return { attempts: eventStats.triggerAttempts - before.triggerAttempts, sentences: eventStats.sentences - before.sentences, events: x.events.length };
  }

  it('grows the trigger attempts, sentences and events linearly with the input', () => {
    // 01.txt without its header: the White House summit article
    const body = (articles[0] ?? '').replace(/^(?:[A-Z]+:.*\n)+/, '');
    const w1 = work(body, 1);
    const w2 = work(body, 2);
    const w4 = work(body, 4);
    const w8 = work(body, 8);
    expect(w1.attempts).toBeGreaterThan(0);
    expect(w2.attempts - w1.attempts).toBeGreaterThan(0);
    for (const key of ['attempts', 'sentences', 'events'] as const) {
      // f(k) = a·k + b: equal steps for equal growth, so the work per copy does not grow
      const step = w2[key] - w1[key];
      expect(w4[key] - w2[key]).toBe(2 * step);
      expect(w8[key] - w4[key]).toBe(4 * step);
    }
  });

  it('looks for a second meeting in a bounded part of each later clause (linear on one long sentence)', () => {
    // one sentence with thousands of clause boundaries: each is searched at most 200 characters deep
    const scanned = (k: number): number => {
      const before = eventStats.secondClauseChars;
      extractArticle(`DATE: 2025-11-07\n\nTokayev met Mirziyoyev in Tashkent${'; and the rest'.repeat(k)}.`, { id: 'clauses', gazetteer });
      return eventStats.secondClauseChars - before;
    };
    const a = scanned(2000);
    const b = scanned(4000);
    expect(a).toBeGreaterThan(0);
    // 2,000 more boundaries scan at most 200 characters each, once per meeting pattern (two)
    expect(b - a).toBeLessThanOrEqual(2000 * 200 * 2);
    expect(b).toBeLessThanOrEqual(2.1 * a);
  });
});

describe('extractArticle: articles longer than one chunk', () => {
  it('adds no second entity for a country first seen inside a title and named again in a later chunk', () => {
    // the caption names the minister with his state; the country itself comes only after 64 KB
    const filler = 'Markets were quiet and traders waited for new data on the week.\n'.repeat(1300);
    const text = `DATE: 2025-11-07\n\nPhoto: Kazakh Energy Minister Yerlan Akkenzhenov.\nAkkenzhenov held talks with Chinese President Xi Jinping in Beijing on Monday.\n${filler}Kazakhstan exports uranium to China.\n`;
    expect(text.length).toBeGreaterThan(70_000);
    const x = extractArticle(text, { id: 'big', gazetteer });
    const kaz = x.entities.filter((e) => e.type === 'country' && e.canonical === 'KAZ');
    expect(kaz).toHaveLength(1);
    expectConsistent(x);
  });
});
