import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

// Articles written for this test (not taken from any source).
const dir = mkdtempSync(join(tmpdir(), 'lodestone-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = join(dir, 'in');
mkdirSync(input);
writeFileSync(join(input, '01.txt'), 'URL: https://example.org/a\nTITLE: Deal\nDATE: 2025-09-20 (best known)\n\nKazakhstan and American company Wabtec signed a $4.2 billion railway agreement.\n');
writeFileSync(join(input, '02.txt'), '');
writeFileSync(join(input, 'notes.md'), 'not an article');

describe('lodestone extract', () => {
  it('writes NN.json for every NN.txt into an existing folder and exits 0 for an empty article', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const r = await runCli(['extract', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['01.json', '02.json']);
    const one = JSON.parse(readFileSync(join(out, '01.json'), 'utf8'));
    expect(Object.keys(one)).toEqual(['id', 'entities', 'events']);
    expect(one.events[0]).toMatchObject({ type: 'deal', actors: ['KAZ', 'Wabtec'], value: { amount: 4_200_000_000, currency: 'USD' }, sector: 'rail' });
    expect(JSON.parse(readFileSync(join(out, '02.json'), 'utf8'))).toEqual({ id: '02', entities: [], events: [] });
  });

  it('--format full adds offsets, confidences and USD values; plain text takes --date', async () => {
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, 'Last month, the EU pledged €1 billion for transport links in Central Asia.');
    const r = await runCli(['extract', plain, '--format', 'full', '--date', '2025-11-06']);
    expect(r.code).toBe(0);
    const doc = r.json() as { header: { date: string }; events: { type: string; date: string; value: { usd: number }; evidence_start: number; confidence: number }[] };
    expect(doc.header.date).toBe('2025-11-06');
    const e = doc.events.find((x) => x.type === 'investment');
    expect(e?.date).toBe('2025-10');
    // EUR 2025 at 1.131 USD (src/extraction/exchange-rates.ts, Fed G.5A 2025 annual average)
    expect(e?.value.usd).toBe(1_131_000_000);
    expect(typeof e?.confidence).toBe('number');
  });

  it('names the flag or path that is wrong', async () => {
    const a = await runCli(['extract', input, '--format', 'xml']);
    expect(a.code).not.toBe(0);
    expect(a.stderr).toContain('--format');
    const b = await runCli(['extract', join(dir, 'missing')]);
    expect(b.code).not.toBe(0);
    expect(b.stderr).toContain('missing');
    const c = await runCli(['extract', input, '--date', 'yesterday']);
    expect(c.stderr).toContain('--date');
  });
});
