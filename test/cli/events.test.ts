import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDemoNews } from '../../src/cli/commands/ingest.js';
import { openStore } from '../../src/store/connection.js';
import type { EventWithParts } from '../../src/store/queries/events.js';
import { runCli } from '../support/cli.js';
import { copyBuiltDb } from '../support/built-db.js';
import { NEWS_DIR } from '../support/news.js';

/**
 * ingest → review → events through the CLI, on a database built from the bundled tables with
 * the demo corpus (test/fixtures/news) ingested as `npm start` does: annotated, accepted, tagged.
 */
const dir = mkdtempSync(join(tmpdir(), 'lodestone-news-cli-'));
const db = join(dir, 'lodestone.db');
let firstIngest = '';

beforeAll(async () => {
  copyBuiltDb(db);
  const r = await runCli(['ingest', NEWS_DIR, '--annotated', '--accept', '--tag', 'demo', '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  firstIngest = r.stdout;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const events = async (...args: string[]): Promise<EventWithParts[]> => {
  const r = await runCli(['events', ...args, '--json', '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.json() as EventWithParts[];
};

describe('lodestone ingest', () => {
  it('stores the 33 demo articles once; a second run changes nothing', async () => {
    // 33 fixtures with 72 annotated events: 01/02/03 report one summit and one statement is
    // shared by 01/03; 12 repeats 09's ban (4 merges in all, checked by hand in the JSON files).
    expect(firstIngest).toContain('33 new document(s), 0 already stored; 68 event(s) created, 4 merged into existing ones');
    const again = await runCli(['ingest', NEWS_DIR, '--annotated', '--accept', '--tag', 'demo', '--db', db, '--json']);
    expect(again.code).toBe(0);
    const report = again.json() as { items: { status: string; events_created: string[] }[] };
    expect(report.items.every((i) => i.status === 'duplicate' && i.events_created.length === 0)).toBe(true);
  });

  it('ingestDemoNews (for npm start) finds the demo corpus already stored', async () => {
    const store = await openStore(db);
    try {
      const io = { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: process.cwd(), now: () => new Date('2026-11-29T12:00:00Z'), isTTY: false };
      const r = await ingestDemoNews(store, io);
      expect(r.items).toHaveLength(33);
      expect(r.items.every((i) => i.status === 'duplicate')).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('names a missing path, and an annotation that breaks the GUIDELINES checks', async () => {
    const missing = await runCli(['ingest', join(dir, 'nope'), '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder');
    writeFileSync(join(dir, 'bad.txt'), 'URL: https://x.example/a\nTITLE: T\nDATE: 2025-01-02\n\nT\n\nKazakhstan signed a deal.\n');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ id: 'bad', entities: [], events: [{ type: 'deal', date: '2025', actors: ['KAZ'], location: null, commodities: [], sector: null, value: null, evidence: 'Uzbekistan signed a deal.' }] }));
    const bad = await runCli(['ingest', join(dir, 'bad.txt'), '--annotated', '--db', db]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('bad.json');
    expect(bad.stderr).toContain('evidence is not an exact substring of the body');
  });
});

describe('lodestone events', () => {
  it('--type deal --commodity tungsten --since 2025-11 --until 2025-11: the Kazakh tungsten joint venture with its source', async () => {
    const list = await events('--type', 'deal', '--commodity', 'tungsten', '--since', '2025-11', '--until', '2025-11');
    const news = list.filter((e) => e.dataset === 'news');
    expect(news).toHaveLength(1);
    // 04.txt: "… agreed on Thursday to form a joint venture …" (article of Friday 2025-11-07).
    expect(news[0]).toMatchObject({ date: '2025-11-06', type: 'deal', review_state: 'accepted', tags: 'news;demo' });
    expect(news[0]?.actors.map((a) => a.name)).toEqual(['Tau-Ken Samruk', 'Cove Kaz Capital Group']);
    expect(news[0]?.evidence[0]?.url).toBe('https://wire.example.com/2025/11/07/us-backed-venture-kazakh-tungsten');
    // The curated ledger's row for the same joint venture is listed too (different dataset).
    expect(list.some((e) => e.dataset === 'curated-events')).toBe(true);
  });

  it('--country KAZ keeps events with Kazakhstan among the actors, newest first', async () => {
    const list = await events('--country', 'Kazakhstan', '--since', '2025-06', '--until', '2025-06');
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.actors.some((a) => a.iso3 === 'KAZ'))).toBe(true);
    const dates = list.map((e) => e.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    // 22.txt: Rosatom chosen on Saturday 2025-06-14.
    expect(list.find((e) => e.dataset === 'news' && e.type === 'deal')?.actors.map((a) => a.name)).toEqual(['KAZ', 'Rosatom']);
  });

  it('--text searches evidence sentences and shows the corroboration of the C5+1 summit', async () => {
    const list = await events('--text', 'Dreamliners', '--type', 'deal');
    expect(list.map((e) => [e.dataset, e.date, e.value_amount])).toContainEqual(['news', '2025-09-23', 8000000000]);
    const summit = (await events('--type', 'summit', '--since', '2025-11-06', '--until', '2025-11-06')).find((e) => e.dataset === 'news');
    expect(summit?.corroboration).toBe(2);
    expect(summit?.evidence).toHaveLength(3);
  });

  it('converts annotated values to USD at the annual average rate of the event year', async () => {
    // 13.txt: "a €12 billion Global Gateway investment package" at the 2025-04-04 summit;
    // src/extraction/exchange-rates.ts: EUR 2025 = 1.131 USD, so 12e9 × 1.131 = 13.572e9.
    const [e] = (await events('--text', 'Global Gateway', '--type', 'investment')).filter((x) => x.dataset === 'news');
    expect(e).toMatchObject({ value_amount: 12000000000, value_currency: 'EUR', value_usd: 13572000000 });
  });

  it('prints evidence and sources for people', async () => {
    const r = await runCli(['events', '--text', 'Wabtec', '--since', '2025-09-22', '--until', '2025-09-22', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('“NEW YORK — US rail equipment maker Wabtec');
    expect(r.stdout).toContain('<https://railgazette-wire.example.com/wabtec-ktz-locomotives>');
  });

  it('--tag demo --dataset news: only the demo corpus, each event with its evidence', async () => {
    const list = await events('--tag', 'demo', '--dataset', 'news');
    // 68 events from the 33 fixtures (72 annotated, 4 merged: see "lodestone ingest" above).
    expect(list).toHaveLength(68);
    expect(list.every((e) => e.evidence.length > 0 && e.review_state === 'accepted')).toBe(true);
    expect(await events('--tag', 'demo', '--dataset', 'curated-events')).toEqual([]);
  });

  it('names the bad flag', async () => {
    for (const [args, text] of [
      [['--type', 'party'], '--type must be one of'],
      [['--since', '2025/01'], '--since must be YYYY'],
      [['--since', '2026', '--until', '2025'], 'is after --until'],
      [['--country', 'Atlantis'], 'unknown country'],
    ] as const) {
      const r = await runCli(['events', ...args, '--db', db]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
    }
  });
});

describe('lodestone review', () => {
  it('lists a pending event, accepts it with an audit row, after which events shows it', async () => {
    const body = 'Japan and Kazakhstan sign minerals memorandum\n\nASTANA — Japan and Kazakhstan signed a memorandum of understanding on critical minerals in Astana on Monday.\n';
    writeFileSync(join(dir, 'jp.txt'), `URL: https://test.example/jp\nTITLE: Japan and Kazakhstan sign minerals memorandum\nDATE: 2025-12-23\n\n${body}`);
    writeFileSync(join(dir, 'jp.json'), JSON.stringify({
      id: 'jp',
      entities: [
        { type: 'country', name: 'Japan', canonical: 'JPN' }, { type: 'country', name: 'Kazakhstan', canonical: 'KAZ' },
        { type: 'location', name: 'ASTANA', canonical: 'Astana' }, { type: 'commodity', name: 'critical minerals', canonical: 'critical minerals' },
      ],
      events: [{ type: 'agreement', date: '2025-12-22', actors: ['JPN', 'KAZ'], location: 'Astana', commodities: ['critical minerals'], sector: 'mining', value: null, evidence: 'ASTANA — Japan and Kazakhstan signed a memorandum of understanding on critical minerals in Astana on Monday.' }],
    }));
    const ing = await runCli(['ingest', join(dir, 'jp.txt'), '--annotated', '--db', db, '--json']);
    expect(ing.code).toBe(0);
    const id = (ing.json() as { items: { events_created: string[] }[] }).items[0]?.events_created[0] as string;
    const pending = await runCli(['review', '--db', db]);
    expect(pending.stdout).toContain(id);
    expect(pending.stdout).toContain('“ASTANA — Japan and Kazakhstan signed');
    expect(await events('--text', 'memorandum', '--country', 'JPN', '--since', '2025-12')).toEqual([]);
    const acc = await runCli(['review', '--accept', id, '--who', 'tester', '--db', db, '--json']);
    expect(acc.code).toBe(0);
    expect(acc.json()).toEqual([{ id, action: 'accept', changes: { review_state: { from: 'pending', to: 'accepted' } } }]);
    const shown = await events('--text', 'memorandum', '--country', 'JPN', '--since', '2025-12');
    expect(shown.map((e) => [e.id, e.location_iso3, e.date])).toEqual([[id, 'KAZ', '2025-12-22']]);
    const rej = await runCli(['review', '--reject', id, '--db', db]);
    expect(rej.code).toBe(2);
    expect(rej.stderr).toContain('--reject needs --reason');
  });

  it('runs the extractor on plain text with --date', async () => {
    writeFileSync(join(dir, 'plain.txt'), 'Kazakhstan and Uzbekistan signed an agreement on critical minerals cooperation in Tashkent on Tuesday.\n');
    const r = await runCli(['ingest', join(dir, 'plain.txt'), '--date', '2025-12-23', '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((r.json() as { items: { status: string }[] }).items[0]?.status).toBe('new');
  });
});
